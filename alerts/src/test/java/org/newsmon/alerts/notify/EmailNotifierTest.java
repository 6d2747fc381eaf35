package org.newsmon.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmon.alerts.AlertsMetrics;
import org.newsmon.core.Alert;

class EmailNotifierTest {
    private GreenMail mail;
    private final List<byte[]> deadLetters = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private Notifier email(int port) {
        List<Notifier> built = Notifiers.fromConfig(NotifiersTest.config(Map.of(
                "notifier.email.smtp.host", "127.0.0.1", "notifier.email.smtp.port", Integer.toString(port),
                "notifier.email.from", "newsmon@example.org", "notifier.email.to", "desk@example.org, analyst@example.org",
                "notifier.email.retries", "1", "notifier.email.backoff", "10ms", "notifier.email.timeout", "2s")),
                new AlertsMetrics(new SimpleMeterRegistry()), () -> (k, v, h) -> deadLetters.add(v));
        assertEquals(1, built.size());
        return built.get(0);
    }

    @Test
    void mailsTheAlertToEveryRecipient() throws Exception {
        Alert alert = WebhookNotifierTest.alert();
        try (Notifier notifier = email(mail.getSmtp().getPort())) {
            notifier.deliver(alert);
        }
        assertTrue(mail.waitForIncomingEmail(5_000, 2));
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(2, received.length, "one per recipient");
        MimeMessage m = received[0];
        assertEquals("[newsmon] VISIT ONGOING: Tô Lâm đến Baku (update 2)", m.getSubject());
        assertEquals("visit:VN-AZ:2025-05-07:2", m.getHeader("X-Newsmon-Event")[0]);
        String text = new String(m.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("Parties:  VN → AZ"), text);
        assertTrue(text.contains("Xəbər Saatı [az]"), text);
        assertTrue(text.contains("http://127.0.0.1/z1"), text);
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void deadLettersWhenNoServerAnswers() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort(); // free once closed: nothing listens there
        }
        try (Notifier notifier = email(closedPort)) {
            assertThrows(DeliveryFailedException.class, () -> notifier.deliver(WebhookNotifierTest.alert()));
        }
        assertEquals(1, deadLetters.size());
    }
}
