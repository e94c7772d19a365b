package dev.dryfruits.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The services' client secrets for the identity service's client-credentials grant, locally: each is
 * HMAC-SHA256(key, service name) with one random key per platform home ({@code config/service-credentials.key},
 * readable by its owner only), so every instance, restart and scaled copy of a service gets the same secret, and no
 * secret is in the repository. In Kubernetes they come from a Secret instead.
 */
final class ServiceSecrets {

    private final Path file;
    private byte[] key;

    private ServiceSecrets(Path file) {
        this.file = file;
    }

    /** The home's secrets; the key is read, or made, when the first secret is asked for. */
    static ServiceSecrets of(Settings settings) {
        return new ServiceSecrets(settings.config().resolve("service-credentials.key"));
    }

    private synchronized byte[] key() {
        if (key == null) {
            key = readOrCreate(file);
        }
        return key;
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, HexFormat.of().formatHex(fresh));
                } catch (FileAlreadyExistsException anotherLauncherWasFaster) {
                    // its key it is
                }
            }
            return HexFormat.of().parseHex(Files.readString(file).strip());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read or create " + file, unreadable);
        }
    }

    /** The secret of the service with this client id (its name): 64 hexadecimal characters. */
    String secretOf(String clientId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(clientId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
