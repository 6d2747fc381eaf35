package org.newsmon.core;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;

/**
 * How every Kafka client of newsmon reaches the cluster: the bootstrap servers and the {@code kafka.*} security
 * settings ({@code security.protocol}, {@code sasl.*}, {@code ssl.*}). Clients that take all of {@code kafka.*}
 * (producers, Streams) get these with the rest; the helpers that only read or administer take just these, so a
 * producer tuning such as {@code kafka.linger.ms} is not handed to a consumer. Stateless.
 */
public final class KafkaClients {
    private KafkaClients() {}

    /** The bootstrap servers and the security settings of {@code config}. */
    public static Properties connection(Config config) {
        Properties props = connection(config.withPrefix("kafka."));
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS));
        return props;
    }

    /** The bootstrap servers and security settings among a client's properties (e.g. a Streams application's). */
    public static Properties connection(Map<?, ?> clientProperties) {
        Properties props = new Properties();
        clientProperties.forEach((key, value) -> {
            String k = String.valueOf(key);
            if (k.equals(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) || k.equals(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG)
                    || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                props.put(k, value);
            }
        });
        return props;
    }

    /** A plaintext connection to {@code bootstrapServers}. */
    public static Properties connection(String bootstrapServers) {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    /**
     * A user's error for a failed login or TLS handshake anywhere in {@code failure}'s causes, naming the cause and the
     * settings to check; null when there is none. The Kafka clients do not retry these, so they surface at once.
     */
    public static UserException explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SaslAuthenticationException) {
                return new UserException("Kafka refused the SASL login (wrong user name or password?): "
                        + t.getMessage() + " — check kafka.sasl.jaas.config and kafka.sasl.mechanism", t);
            }
            if (t instanceof SslAuthenticationException) {
                return new UserException(untrusted(t)
                        ? "the TLS handshake with Kafka failed: the broker's certificate is not trusted ("
                                + deepest(t).getMessage() + ") — check kafka.ssl.truststore.location"
                        : "the TLS handshake with Kafka failed: " + deepest(t).getMessage()
                                + " — check the kafka.ssl.* settings", t);
            }
            if (t instanceof AuthenticationException) {
                return new UserException("Kafka refused the connection: " + t.getMessage()
                        + " — check kafka.security.protocol and its settings", t);
            }
        }
        return null;
    }

    private static boolean untrusted(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CertPathBuilderException || c instanceof CertificateException
                    || String.valueOf(c.getMessage()).contains("PKIX path")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable deepest(Throwable t) {
        Throwable d = t;
        while (d.getCause() != null && d.getCause() != d) {
            d = d.getCause();
        }
        return d;
    }
}
