package org.newsmon.core;

import java.time.Instant;

/** One report of an alerted event. */
public record AlertSource(String url, String source, String title, Instant publishedAt, String language) {}
