package org.newsmon.core;

/** Where an entity is named: {@code text.substring(start, end)} of the article text equals {@link #text}. */
public record Mention(int start, int end, String text) {}
