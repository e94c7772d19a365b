package dev.dryfruits.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) in the test's JVM, whose mailboxes tests read; it can be stopped and restarted. */
public final class EmbeddedMail implements AutoCloseable {

    private final int port;
    private GreenMail server;

    private EmbeddedMail(int port) {
        this.port = port;
    }

    public static EmbeddedMail start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        EmbeddedMail mail = new EmbeddedMail(port);
        mail.restart();
        return mail;
    }

    public int port() {
        return port;
    }

    /** Starts it again after {@link #stop()}, on the same port (mailboxes start empty). */
    public void restart() {
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        // The default 2 s is short on a busy two-core machine.
        smtp.setServerStartupTimeout(20_000);
        server = new GreenMail(smtp);
        server.start();
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public List<MimeMessage> messagesTo(String email) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString()
                        .equalsIgnoreCase(email));
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }).toList();
    }

    @Override
    public void close() {
        stop();
    }
}
