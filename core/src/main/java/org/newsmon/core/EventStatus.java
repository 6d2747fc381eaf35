package org.newsmon.core;

/** ANNOUNCED, ONGOING, COMPLETED, CANCELLED apply to visits; PLANNED and SIGNED to agreements. */
public enum EventStatus {
    ANNOUNCED, ONGOING, COMPLETED, CANCELLED, PLANNED, SIGNED;

    /** How far along an event is: a later report may move an alert forward, never back. */
    public int progress() {
        return switch (this) {
            case ANNOUNCED, PLANNED -> 0;
            case ONGOING -> 1;
            case COMPLETED, SIGNED, CANCELLED -> 2;
        };
    }
}
