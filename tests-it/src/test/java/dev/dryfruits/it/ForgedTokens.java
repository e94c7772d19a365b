package dev.dryfruits.it;

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

/** Tokens an attacker could make from a real one. */
final class ForgedTokens {

    private ForgedTokens() {
    }

    static String signedByAnotherKey(String realToken) throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(realToken).getJWTClaimsSet();
        RSAKey stranger = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID())
                .type(JOSEObjectType.JWT).build(), new JWTClaimsSet.Builder(claims).claim("groups", List.of("ADMIN"))
                .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build());
        forged.sign(new RSASSASigner(stranger));
        return forged.serialize();
    }

    static String unsigned(String realToken) {
        String[] parts = realToken.split("\\.");
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

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
