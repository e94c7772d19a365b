package dev.dryfruits.local.component;

import dev.dryfruits.local.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GreenMail: a real SMTP server that accepts every message (no authentication) and keeps each recipient's mailbox,
 * readable over IMAP/POP3 and its REST API (GET /api/user/{email}/messages/). Mailboxes live in memory only.
 * DRYFRUITS_EXTERNAL_SMTP=host:port sends mail to an existing server instead.
 */
public class MailComponent extends Component {

    public static final String NAME = "mail";

    public MailComponent(Settings settings) {
        super(settings, NAME, Kind.INFRASTRUCTURE);
    }

    public String smtpHost() {
        return settings.external("smtp").map(hostPort -> hostPort.substring(0, hostPort.lastIndexOf(':')))
                .orElse(settings.bindHost());
    }

    public int smtpPort() {
        return settings.external("smtp").map(hostPort -> Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)))
                .orElseGet(() -> settings.port("mail-smtp", 13025));
    }

    private int apiPort() {
        return settings.port("mail-api", 13080);
    }

    @Override
    public boolean isExternal() {
        return settings.external("smtp").isPresent();
    }

    @Override
    public Map<String, Integer> ports() {
        if (isExternal()) {
            return Map.of("smtp", smtpPort());
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("smtp", smtpPort());
        ports.put("imap", settings.port("mail-imap", 13143));
        ports.put("pop3", settings.port("mail-pop3", 13110));
        ports.put("api", apiPort());
        return ports;
    }

    @Override
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("smtp", "smtp://" + smtpHost() + ":" + smtpPort());
        if (!isExternal()) {
            String api = "http://" + settings.publicHost() + ":" + apiPort();
            urls.put("mailboxes", api + "/api/user");
            urls.put("messages", api + "/api/user/{email}/messages/");
        }
        return urls;
    }

    @Override
    public List<String> command() {
        Map<String, Integer> ports = ports();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(marker());
        command.addAll(List.of("-Xms16m", "-Xmx128m", "-XX:+UseSerialGC",
                "-Dgreenmail.hostname=" + settings.bindHost(),
                "-Dgreenmail.smtp.port=" + ports.get("smtp"),
                "-Dgreenmail.imap.port=" + ports.get("imap"),
                "-Dgreenmail.pop3.port=" + ports.get("pop3"),
                "-Dgreenmail.api.hostname=" + settings.bindHost(),
                "-Dgreenmail.api.port=" + ports.get("api"),
                "-Dgreenmail.auth.disabled",
                "-jar", settings.mailServerJar().toString()));
        return command;
    }

    @Override
    public boolean isReady() {
        return isExternal() ? Probes.portOpen(smtpHost(), smtpPort())
                : Probes.answers200("http://" + settings.bindHost() + ":" + apiPort() + "/api/service/readiness");
    }
}
