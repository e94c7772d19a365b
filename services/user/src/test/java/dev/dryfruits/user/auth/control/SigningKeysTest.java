package dev.dryfruits.user.auth.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path folder;

    @Test
    void readsAPkcs8PemAndNamesTheKeyByItsThumbprint() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";
        Path file = Files.writeString(folder.resolve("key.pem"), pem);

        RSAKey key = SigningKeys.fromPem(file);

        assertThat(key.isPrivate()).isTrue();
        assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
        assertThat(SigningKeys.fromPkcs8(pkcs8).getKeyID()).isEqualTo(key.getKeyID());
        assertThat(key.toPublicJWK().isPrivate()).isFalse();
    }

    @Test
    void explainsHowToConvertAPkcs1Key() throws Exception {
        Path file = Files.writeString(folder.resolve("old.pem"),
                "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> SigningKeys.fromPem(file)).hasMessageContaining("openssl pkcs8");
    }
}
