package org.newsmon.core;

/**
 * A failure the user can fix: a bad setting or argument, a file that cannot be read, an unreachable Kafka, a taken
 * port. Its message is one line that says what is wrong and what to do; the command line prints it alone and exits
 * 2, while any other exception is treated as a bug and keeps its stack trace. Subclasses add detail
 * ({@link ConfigException}).
 */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
