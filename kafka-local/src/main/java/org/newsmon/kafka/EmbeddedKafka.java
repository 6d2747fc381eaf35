package org.newsmon.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) running inside this JVM, from Kafka's own
 * jars. Storage is formatted once; the cluster id and ports are kept in {@code <dataDir>/newsmon-broker.properties},
 * so a restart on the same directory keeps every topic and record. A broker fault never exits the host JVM: Kafka's
 * exit and halt calls are turned into logged errors.
 *
 * <p>Not thread-safe: start and close from one thread.
 */
public final class EmbeddedKafka implements AutoCloseable {
    public static final int DEFAULT_PORT = 9092;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String STATE_FILE = "newsmon-broker.properties";

    static {
        // Kafka calls Exit.exit/halt on fatal faults; in a host JVM that would kill the whole application.
        Exit.setExitProcedure((code, message) -> {
            log.error("embedded Kafka asked to exit with code {}: {} (ignored; the host JVM keeps running)", code, message);
            throw new IllegalStateException("embedded Kafka fault: " + message);
        });
        Exit.setHaltProcedure((code, message) -> {
            log.error("embedded Kafka asked to halt with code {}: {} (ignored; the host JVM keeps running)", code, message);
            throw new IllegalStateException("embedded Kafka fault: " + message);
        });
    }

    /**
     * How clients reach the broker: the listener's security protocol (its listener has the same name), the broker
     * settings that go with it (key store, SASL mechanisms and the broker's own login), the SCRAM credentials created
     * when the storage is first formatted ({@code kafka-storage format --add-scram} syntax, e.g.
     * {@code SCRAM-SHA-512=[name=newsmon,password=...]}) and the client settings the broker's readiness check uses.
     * The controller listener stays plaintext on 127.0.0.1: only this process's own controller uses it.
     */
    public record Security(String protocol, Map<String, String> brokerSettings, List<String> scramCredentials,
                           Map<String, String> clientSettings) {
        public static final Security PLAINTEXT = new Security("PLAINTEXT", Map.of(), List.of(), Map.of());
    }

    private final Path dataDir;
    private final int port;
    private final KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafka(Path dataDir, int port, KafkaRaftServer server) {
        this.dataDir = dataDir;
        this.port = port;
        this.server = server;
    }

    /** A plaintext broker, see {@link #start(Path, int, String, Security)}. */
    public static EmbeddedKafka start(Path dataDir, int port, String portFlag) {
        return start(dataDir, port, portFlag, Security.PLAINTEXT);
    }

    /**
     * Starts a broker with its data under {@code dataDir}, listening on 127.0.0.1:{@code port}, and waits until it
     * answers. Port 0 picks a free port (the first time; later starts on the same directory reuse it when free).
     *
     * @param portFlag the command-line flag that sets the port, named in the error when the port is taken
     * @throws PortInUseException when the port is taken
     * @throws IllegalStateException when the broker does not start or answer within 60 s
     */
    public static EmbeddedKafka start(Path dataDir, int port, String portFlag, Security security) {
        try {
            Files.createDirectories(dataDir);
            Properties state = loadState(dataDir);
            int brokerPort = port != 0 ? port : reusableOrFree(state.getProperty("broker.port"));
            ensureFree(brokerPort, "Kafka", portFlag);
            // The controller's address is part of the formatted quorum, so it must stay the same across restarts.
            int controllerPort = Integer.parseInt(state.getProperty("controller.port", Integer.toString(freePort())));
            ensureFree(controllerPort, "Kafka controller (kept in " + dataDir.resolve(STATE_FILE) + ")", "a new --data-dir");
            String clusterId = state.getProperty("cluster.id", Uuid.randomUuid().toString());
            state.setProperty("cluster.id", clusterId);
            state.setProperty("controller.port", Integer.toString(controllerPort));
            state.setProperty("broker.port", Integer.toString(brokerPort));
            saveState(dataDir, state);

            Properties props = brokerProperties(dataDir, brokerPort, controllerPort, security.protocol());
            props.putAll(security.brokerSettings());
            Path propsFile = dataDir.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(propsFile, StandardCharsets.UTF_8)) {
                props.store(out, "written by newsmon at each start; edit " + STATE_FILE + " instead");
            }
            format(clusterId, propsFile, security.scramCredentials());

            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
            server.startup();
            EmbeddedKafka kafka = new EmbeddedKafka(dataDir, brokerPort, server);
            try {
                kafka.awaitReady(security.clientSettings());
            } catch (RuntimeException e) {
                kafka.close();
                throw e;
            }
            log.info("embedded Kafka ready on 127.0.0.1:{} (data in {})", brokerPort, dataDir.toAbsolutePath());
            return kafka;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare Kafka data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker cleanly (flushes logs, writes the clean-shutdown marker) and waits for it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        log.info("embedded Kafka on port {} stopped", port);
    }

    private void awaitReady(Map<String, String> clientSettings) {
        Properties props = new Properties();
        props.putAll(clientSettings);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka on port " + port + " did not answer within 60 s: " + e.getMessage(), e);
        }
    }

    /** @param protocol the security protocol of the client listener, which is also the inter-broker one */
    static Properties brokerProperties(Path dataDir, int brokerPort, int controllerPort, String protocol) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.put("listeners", protocol + "://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", protocol + "://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        // the broker sends transaction markers to itself over this one: it is secured like the clients' connections
        p.put("inter.broker.listener.name", protocol);
        p.put("listener.security.protocol.map", protocol + ":" + protocol + ",CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("kraft-logs").toAbsolutePath().toString());
        // One node: every internal topic can only have one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        // No other member will join: do not wait for one before the first rebalance.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "1");
        // Topics are created by newsmon with their settings; a typo in a topic name should fail, not create a topic.
        p.put("auto.create.topics.enable", "false");
        // Archived pages and poison-record tests need room for large values.
        p.put("message.max.bytes", Integer.toString(16 * 1024 * 1024));
        p.put("log.flush.interval.ms", "1000");
        return p;
    }

    private static void format(String clusterId, Path propsFile, List<String> scramCredentials) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("format", "-t", clusterId, "-c", propsFile.toString(),
                "--standalone", "--ignore-formatted"));
        for (String credential : scramCredentials) {
            args.add("--add-scram");
            args.add(credential);
        }
        int rc;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(args.toArray(String[]::new), out);
        }
        if (rc != 0) {
            throw new IllegalStateException("cannot format Kafka storage: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private static Properties loadState(Path dataDir) throws IOException {
        Properties state = new Properties();
        Path file = dataDir.resolve(STATE_FILE);
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                state.load(in);
            }
        }
        return state;
    }

    private static void saveState(Path dataDir, Properties state) throws IOException {
        try (Writer out = Files.newBufferedWriter(dataDir.resolve(STATE_FILE), StandardCharsets.UTF_8)) {
            state.store(out, "newsmon embedded broker: cluster id and ports; keep with the data");
        }
    }

    private static int reusableOrFree(String previous) throws IOException {
        if (previous != null && isFree(Integer.parseInt(previous))) {
            return Integer.parseInt(previous);
        }
        return freePort();
    }

    private static void ensureFree(int port, String what, String flag) {
        if (!isFree(port)) {
            throw new PortInUseException(port, what, flag);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
