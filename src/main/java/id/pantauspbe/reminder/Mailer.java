package id.pantauspbe.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one message through the mail server Spring Boot configures from {@code spring.mail.*}; without
 * {@code spring.mail.host} there is no server and {@link #configured()} is false.
 */
@Component
class Mailer {

    /** A file to attach. */
    record Attachment(String name, String contentType, byte[] content) {}

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${pantau.mail.from:pantau-spbe@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    String from() {
        return from;
    }

    /** Sends or throws: {@link MailException} or {@link MessagingException} say why. */
    void send(OutgoingMail mail, Attachment attachment) throws MessagingException {
        JavaMailSender server = sender.getIfAvailable();
        if (server == null) {
            throw new IllegalStateException("no mail server configured (spring.mail.host)");
        }
        MimeMessage message = server.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        if (attachment != null) {
            helper.addAttachment(
                    attachment.name(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        server.send(message);
    }
}
