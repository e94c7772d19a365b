package dev.dryfruits.notification.delivery.control;

import dev.dryfruits.notification.delivery.entity.Notification;
import dev.dryfruits.notification.delivery.entity.RenderedMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends email over SMTP with Jakarta Mail (the mail/dryfruits session of liberty-config/mail.xml), as
 * multipart/alternative plain text and HTML. The Message-ID is the notification's id, so a message sent twice
 * (a retry after an unacknowledged send) is recognisably the same message.
 */
@ApplicationScoped
public class EmailSender {

    @Resource(lookup = "mail/dryfruits")
    Session session;

    @Inject
    @ConfigProperty(name = "dryfruits.mail.from")
    String from;

    public void send(Notification notification) throws DeliveryFailure {
        RenderedMessage content = notification.message();
        try {
            MimeMessage message = new IdentifiedMessage(session, "<" + notification.id() + "@dryfruits.local>");
            message.setFrom(new InternetAddress(from));
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(notification.recipient()));
            message.setSubject(content.subject(), "UTF-8");
            message.setSentDate(new Date());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(content.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(content.html(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            Transport.send(message);
        } catch (MessagingException failed) {
            throw new DeliveryFailure("SMTP: " + failed.getMessage(), failed);
        }
    }

    /** A MimeMessage that keeps the Message-ID it was given instead of inventing one when saved. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
