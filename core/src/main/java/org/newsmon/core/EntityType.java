package org.newsmon.core;

public enum EntityType { PERSON, ORGANIZATION, PLACE, COUNTRY }
