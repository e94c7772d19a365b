package dev.dryfruits.user.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Tokens an attacker could make, to prove the service refuses them. */
final class ForgedTokens {

    private ForgedTokens() {
    }

    /** A token with the right claims, signed by a key that is not ours. */
    static String signedByAnotherKey(String subject, String email, String group) throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("urn:dryfruits:identity").audience("dryfruits-api")
                .subject(subject).claim("upn", email).claim("groups", List.of(group))
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 600_000))
                .jwtID("forged").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(stranger));
        return jwt.serialize();
    }

    /** The real token's payload, with alg "none" and no signature. */
    static String unsigned(String realToken) {
        String[] parts = realToken.split("\\.");
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + parts[1] + ".";
    }

    /** The real token with its payload changed (groups widened to ADMIN) and the original signature kept. */
    static String tampered(String realToken) {
        String[] parts = realToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceAll("\"groups\":\\[[^]]*]", "\"groups\":[\"ADMIN\"]");
        return parts[0] + "." + base64(payload) + "." + parts[2];
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
