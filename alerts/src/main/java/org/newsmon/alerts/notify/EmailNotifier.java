package org.newsmon.alerts.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.newsmon.core.CloudEvents;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails each alert revision (plain text, UTF-8) through an SMTP server. Failures are retried with {@link Backoff};
 * a revision that still fails goes to the dead-letter sink and {@link #deliver} throws
 * {@link DeliveryFailedException}. Used from one thread at a time.
 */
public final class EmailNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(EmailNotifier.class);
    static final String STAGE = "notifier-email";

    /** How to reach the server and whom to write to. */
    record Smtp(String host, int port, boolean startTls, String username, String password, String from, List<String> to,
                Duration timeout) {
        Smtp {
            to = List.copyOf(to);
        }
    }

    private final Smtp smtp;
    private final Session session;
    private final Backoff backoff;
    private final NotifierFilter filter;
    private final DeadLetterSink deadLetters;
    private final NotifierMetrics metrics;

    EmailNotifier(Smtp smtp, Backoff backoff, NotifierFilter filter, DeadLetterSink deadLetters, NotifierMetrics metrics) {
        this.smtp = smtp;
        this.backoff = backoff;
        this.filter = filter;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.session = session(smtp);
    }

    private static Session session(Smtp smtp) {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        String ms = Long.toString(smtp.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", ms);
        props.put("mail.smtp.timeout", ms);
        props.put("mail.smtp.writetimeout", ms);
        if (smtp.startTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true"); // never fall back to sending a password in clear
        }
        if (smtp.username() == null) {
            return Session.getInstance(props);
        }
        props.put("mail.smtp.auth", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtp.username(), smtp.password());
            }
        });
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean accepts(Alert alert) {
        return filter.accepts(alert);
    }

    @Override
    public void deliver(Alert alert) {
        String lastError = null;
        for (int attempt = 1; attempt <= backoff.retries() + 1; attempt++) {
            if (attempt > 1) {
                metrics.retry(name());
                if (!backoff.waitBefore(attempt - 1)) {
                    lastError = "interrupted while waiting to retry";
                    break;
                }
            }
            try {
                Transport.send(message(alert));
                return;
            } catch (MessagingException e) {
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.info("mail for {} via {}:{}: {} (attempt {} of {})", CloudEvents.id(alert), smtp.host(), smtp.port(),
                        lastError, attempt, backoff.retries() + 1);
            }
        }
        String reason = "mail via " + smtp.host() + ":" + smtp.port() + " did not go for " + CloudEvents.id(alert) + ": " + lastError;
        log.warn("{}; sent to the DLQ", reason);
        throw deadLetters.gaveUp(alert, Json.write(alert).getBytes(StandardCharsets.UTF_8), STAGE, reason);
    }

    MimeMessage message(Alert alert) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", smtp.to())));
        message.setSubject(subject(alert), "UTF-8");
        message.setText(body(alert), "UTF-8");
        message.setHeader("X-Newsmon-Event", CloudEvents.id(alert));
        return message;
    }

    static String subject(Alert alert) {
        String title = alert.title() == null ? AlertFormat.parties(alert) : alert.title().strip();
        return "[newsmon] " + alert.kind() + " " + alert.status() + ": " + title
                + (alert.revision() > 1 ? " (update " + alert.revision() + ")" : "");
    }

    static String body(Alert alert) {
        StringBuilder b = new StringBuilder();
        b.append(alert.kind()).append(' ').append(alert.status()).append(": ")
                .append(alert.title() == null ? "" : alert.title().strip()).append("\n\n");
        b.append("Date:     ").append(alert.date() == null ? "unknown" : alert.date()).append('\n');
        b.append("Parties:  ").append(AlertFormat.parties(alert)).append('\n');
        if (!alert.actors().isEmpty()) {
            b.append("Actors:   ").append(String.join(", ", alert.actors())).append('\n');
        }
        if (!alert.sectors().isEmpty()) {
            b.append("Sectors:  ").append(String.join(", ", alert.sectors())).append('\n');
        }
        b.append("Revision: ").append(alert.revision()).append(" of event ").append(alert.eventKey()).append("\n\n");
        if (alert.summary() != null) {
            b.append(alert.summary().strip()).append("\n\n");
        }
        b.append(AlertFormat.sources(alert.sources())).append(":\n");
        for (AlertSource s : alert.sources()) {
            b.append("- ").append(s.publishedAt() == null ? "" : s.publishedAt() + " ").append(s.source())
                    .append(s.language() == null ? "" : " [" + s.language() + "]").append(": ").append(s.title())
                    .append("\n  ").append(s.url()).append('\n');
        }
        return b.toString();
    }

    @Override
    public void close() {
        if (deadLetters instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.warn("closing the dead-letter sink: {}", e.toString());
            }
        }
    }
}
