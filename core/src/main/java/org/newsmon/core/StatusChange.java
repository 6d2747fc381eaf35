package org.newsmon.core;

import java.time.Instant;

/**
 * One step of an alert's {@code history}: the event reached {@code status}, as first told by the report at
 * {@code source} (its URL), published (else seen) at {@code at}.
 */
public record StatusChange(EventStatus status, Instant at, String source) {}
