package org.newsmon.kafka;

/** The broker's port is taken: the message names the port and the flag that changes it. */
public final class PortInUseException extends IllegalStateException {
    private final int port;

    public PortInUseException(int port, String what, String flag) {
        super(what + " port " + port + " on 127.0.0.1 is already in use (another Kafka or newsmon running?); "
                + "choose another with " + flag);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
