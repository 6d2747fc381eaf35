package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.KafkaClients;
import org.newsmon.kafka.EmbeddedKafka;
import picocli.CommandLine;

/**
 * newsmon against a broker that takes only SASL_SSL (SCRAM-SHA-512 over TLS), everything set through {@code kafka.*}:
 * ingest, enrich and alerts (the demo pipeline), {@code tail} and {@code replay}. A wrong password and a certificate
 * from an untrusted CA fail within seconds, saying so. The CA, the broker's certificate and the trust stores are
 * made here with the JDK's keytool, valid for two days.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredKafkaTest {
    private static final String PASSWORD = "changeit";
    private Path dir;
    private EmbeddedKafka kafka;
    private Path goodClient;

    @BeforeAll
    void startASecuredBroker(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        makeCertificates();
        String adminLogin = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" "
                + "password=\"admin-secret\";";
        Map<String, String> broker = new LinkedHashMap<>(Map.of(
                "ssl.keystore.location", dir.resolve("broker.p12").toString(), "ssl.keystore.password", PASSWORD,
                "ssl.keystore.type", "PKCS12", "ssl.key.password", PASSWORD,
                // the broker connects to itself (transaction markers) and must trust its own certificate
                "ssl.truststore.location", dir.resolve("truststore.p12").toString(), "ssl.truststore.password", PASSWORD,
                "ssl.truststore.type", "PKCS12",
                "sasl.enabled.mechanisms", "SCRAM-SHA-512", "sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512"));
        broker.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", adminLogin);
        Map<String, String> adminClient = client("admin", "admin-secret", "truststore.p12");
        kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0, "--kafka-port", new EmbeddedKafka.Security("SASL_SSL",
                broker, List.of("SCRAM-SHA-512=[name=admin,password=admin-secret]",
                        "SCRAM-SHA-512=[name=newsmon,password=newsmon-secret]"), adminClient));
        goodClient = clientFile("good.properties", client("newsmon", "newsmon-secret", "truststore.p12"));
    }

    @AfterAll
    void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }

    /** Client settings (without the kafka. prefix): SCRAM-SHA-512 login over TLS trusting {@code truststore}. */
    private Map<String, String> client(String user, String password, String truststore) {
        return Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + user + "\" password=\"" + password + "\";",
                "ssl.truststore.location", dir.resolve(truststore).toString(), "ssl.truststore.password", PASSWORD,
                "ssl.truststore.type", "PKCS12");
    }

    /** A newsmon config file with {@code settings} as kafka.* keys. */
    private Path clientFile(String name, Map<String, String> settings) throws IOException {
        String text = settings.entrySet().stream().map(e -> "kafka." + e.getKey() + "=" + e.getValue()
                .replace("\\", "\\\\")).collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(dir.resolve(name), text);
    }

    private record Outcome(int exitCode, String out, String err, Duration took) {}

    /** Runs a newsmon command in this JVM, capturing what it prints. */
    private static synchronized Outcome newsmon(String... args) {
        CommandLine cli = Newsmon.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        long start = System.nanoTime();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = cli.execute(args);
        } finally {
            System.setOut(previous);
        }
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void ingestEnrichAlertsTailAndReplayWorkOverSaslSsl() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CommonSettings.BOOTSTRAP_SERVERS.name(), kafka.bootstrapServers());
        values.put(CommonSettings.STATE_DIR.name(), dir.resolve("streams").toString());
        values.put(CommonSettings.HTTP_PORT.name(), "0");
        client("newsmon", "newsmon-secret", "truststore.p12").forEach((k, v) -> values.put("kafka." + k, v));
        Config config = Config.of(values, ConfigOptions.ALL_KEYS);
        List<String> alerts = new ArrayList<>();
        try (DemoWeb demo = DemoWeb.start();
             Pipeline pipeline = Pipeline.start(config, demo.feeds(), new PrintStream(new ByteArrayOutputStream()))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            while (alerts.size() < 2 && System.nanoTime() < deadline) {
                Outcome tail = newsmon("tail", "--from-beginning", "--json", "--idle-exit", "3",
                        "--bootstrap-servers", kafka.bootstrapServers(), "--config", goodClient.toString());
                assertEquals(0, tail.exitCode(), tail.err());
                alerts = tail.out().lines().filter(l -> l.startsWith("{\"eventKey\"")).toList();
            }
        }
        assertTrue(alerts.size() >= 2, "the demo's alerts, read by newsmon tail over SASL_SSL: " + alerts);

        Outcome replay = newsmon("replay", "--since", "1d", "--to", "secured", "--bootstrap-servers",
                kafka.bootstrapServers(), "--config", goodClient.toString(),
                "--set", CommonSettings.STATE_DIR.name() + "=" + dir.resolve("replay-streams"));
        assertEquals(0, replay.exitCode(), replay.err() + replay.out());
        ByteArrayOutputStream replayed = new ByteArrayOutputStream();
        long n = Tail.run(KafkaClients.connection(config), "secured.alerts", true, true, Duration.ofSeconds(3),
                new PrintStream(replayed, true, StandardCharsets.UTF_8));
        assertTrue(n >= 2, "replay's alerts on secured.alerts: " + replayed);
    }

    @Test
    void aWrongPasswordFailsWithinSecondsSayingSo() throws Exception {
        Path wrong = clientFile("wrong.properties", client("newsmon", "not-the-password", "truststore.p12"));
        Outcome tail = newsmon("tail", "--idle-exit", "60", "--bootstrap-servers", kafka.bootstrapServers(),
                "--config", wrong.toString());
        assertEquals(2, tail.exitCode(), tail.err());
        assertTrue(tail.err().contains("Kafka refused the SASL login (wrong user name or password?)"), tail.err());
        assertTrue(tail.err().contains("kafka.sasl.jaas.config"), tail.err());
        assertEquals(1, tail.err().lines().count(), "one line, no stack trace: " + tail.err());
        assertTrue(tail.took().compareTo(Duration.ofSeconds(15)) < 0, "took " + tail.took());
    }

    @Test
    void anUntrustedCertificateFailsWithinSecondsSayingSo() throws Exception {
        Path untrusted = clientFile("untrusted.properties", client("newsmon", "newsmon-secret", "other-truststore.p12"));
        Outcome run = newsmon("ingest", "--feeds", "http://127.0.0.1:9/feed.xml", "--http-port", "0",
                "--bootstrap-servers", kafka.bootstrapServers(), "--config", untrusted.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("the broker's certificate is not trusted"), run.err());
        assertTrue(run.err().contains("kafka.ssl.truststore.location"), run.err());
        assertEquals(1, run.err().lines().count(), "one line, no stack trace: " + run.err());
        assertTrue(run.took().compareTo(Duration.ofSeconds(15)) < 0, "took " + run.took());
    }

    private void makeCertificates() throws Exception {
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=newsmon test CA", "-ext", "bc:c",
                "-validity", "2", "-keystore", "ca.p12");
        keytool("-exportcert", "-alias", "ca", "-rfc", "-file", "ca.crt", "-keystore", "ca.p12");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-dname", "CN=localhost", "-validity", "2",
                "-keystore", "broker.p12");
        keytool("-certreq", "-alias", "broker", "-file", "broker.csr", "-keystore", "broker.p12");
        keytool("-gencert", "-alias", "ca", "-infile", "broker.csr", "-outfile", "broker.crt", "-rfc", "-validity", "2",
                "-ext", "SAN=IP:127.0.0.1,DNS:localhost", "-keystore", "ca.p12");
        keytool("-importcert", "-alias", "ca", "-file", "ca.crt", "-noprompt", "-keystore", "broker.p12");
        keytool("-importcert", "-alias", "broker", "-file", "broker.crt", "-keystore", "broker.p12");
        keytool("-importcert", "-alias", "ca", "-file", "ca.crt", "-noprompt", "-keystore", "truststore.p12");
        // another CA, which did not sign the broker's certificate
        keytool("-genkeypair", "-alias", "other", "-keyalg", "EC", "-dname", "CN=some other CA", "-ext", "bc:c",
                "-validity", "2", "-keystore", "other-ca.p12");
        keytool("-exportcert", "-alias", "other", "-rfc", "-file", "other-ca.crt", "-keystore", "other-ca.p12");
        keytool("-importcert", "-alias", "other", "-file", "other-ca.crt", "-noprompt", "-keystore", "other-truststore.p12");
    }

    private void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("keytool.log").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "keytool " + args[0] + " did not finish");
        assertEquals(0, p.exitValue(), "keytool " + String.join(" ", args) + ": " + Files.readString(dir.resolve("keytool.log")));
    }
}
