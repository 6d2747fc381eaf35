package org.newsmon.core;

public enum EventType { VISIT, AGREEMENT }
