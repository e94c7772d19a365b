package dev.dryfruits.user.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.dryfruits.user.auth.entity.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key that signs access tokens, and its public half published as a JWKS.
 * In production the key is a PKCS#8 PEM file ({@code dryfruits.jwt.signing-key.path}, for example a mounted
 * Kubernetes secret). Without one, a 2048-bit development key is generated once and kept in the database.
 * The key id is the key's RFC 7638 thumbprint.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final int GENERATED_KEY_BITS = 2048;

    @Inject
    @ConfigProperty(name = "dryfruits.jwt.signing-key.path")
    Optional<String> keyPath;

    @Inject
    SigningKeyStore store;

    private volatile RSAKey signingKey;

    public RSAKey signingKey() {
        RSAKey key = signingKey;
        if (key == null) {
            synchronized (this) {
                if (signingKey == null) {
                    signingKey = keyPath.map(path -> fromPem(Path.of(path))).orElseGet(this::storedOrGenerated);
                }
                key = signingKey;
            }
        }
        return key;
    }

    /** The public keys that verify our tokens. */
    public JWKSet publicKeys() {
        return new JWKSet(signingKey().toPublicJWK());
    }

    private RSAKey storedOrGenerated() {
        Optional<SigningKey> stored = store.active();
        if (stored.isEmpty()) {
            LOG.warning("No dryfruits.jwt.signing-key.path configured: generating a development signing key and "
                    + "keeping it in the database. Configure a key file in production.");
            RSAKey generated = generate();
            try {
                store.storeIfNoneActive(generated.getKeyID(),
                        Base64.getEncoder().encodeToString(generated.toPrivateKey().getEncoded()));
            } catch (JOSEException unexpected) {
                throw new IllegalStateException("Could not encode the generated key", unexpected);
            }
            stored = store.active();
        }
        SigningKey key = stored.orElseThrow(() -> new IllegalStateException("No active signing key after storing one"));
        return fromPkcs8(Base64.getDecoder().decode(key.privateKey()));
    }

    private static RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(GENERATED_KEY_BITS).generate();
            return withThumbprintId(key);
        } catch (JOSEException unexpected) {
            throw new IllegalStateException("Could not generate an RSA key", unexpected);
        }
    }

    static RSAKey fromPem(Path path) {
        try {
            String pem = Files.readString(path);
            if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
                throw new IllegalStateException(path + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY); convert "
                        + "it with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out pkcs8.pem");
            }
            String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return fromPkcs8(Base64.getDecoder().decode(body));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the JWT signing key " + path, unreadable);
        }
    }

    static RSAKey fromPkcs8(byte[] pkcs8) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return withThumbprintId(new RSAKey.Builder(publicKey).privateKey(privateKey).build());
        } catch (GeneralSecurityException | ClassCastException notRsa) {
            throw new IllegalStateException("The JWT signing key must be an RSA private key", notRsa);
        }
    }

    private static RSAKey withThumbprintId(RSAKey key) {
        try {
            return new RSAKey.Builder(key).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint().build();
        } catch (JOSEException unexpected) {
            throw new IllegalStateException("Could not compute the key thumbprint", unexpected);
        }
    }
}
