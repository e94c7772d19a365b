package dev.dryfruits.user.auth.boundary;

import dev.dryfruits.kit.problem.Problem;
import dev.dryfruits.user.accounts.control.PasswordWork;
import dev.dryfruits.user.accounts.entity.EmailAddress;
import dev.dryfruits.user.auth.control.ClientCredentialsGrant;
import dev.dryfruits.user.auth.control.SignIn;
import dev.dryfruits.user.auth.control.SigningKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public by nature: these are how a caller gets a token in the first place. */
@Path("auth")
@Tag(name = "Authentication")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final String JWK_SET = "application/jwk-set+json";

    @Inject
    SignIn signIn;

    @Inject
    SigningKeys signingKeys;

    @Inject
    PasswordWork passwordWork;

    @Inject
    ClientCredentialsGrant clientCredentials;

    @POST
    @Path("login")
    @Operation(summary = "Sign in with email and password")
    @APIResponse(responseCode = "200", description = "Signed in: an access token and a refresh token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong email or password (the same answer for both)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failures for this email: wait Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many sign-ins and sign-ups at once: wait Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void login(@Valid @NotNull LoginRequest request, @Suspended AsyncResponse response) {
        passwordWork.answer(response, () ->
                noStore(TokenResponse.of(signIn.signIn(EmailAddress.of(request.email()), request.password()))));
    }

    @POST
    @Path("refresh")
    @Operation(summary = "Exchange a refresh token for a new pair; the old refresh token stops working")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Invalid, expired or already used refresh token")
    public Response refresh(@Valid @NotNull RefreshRequest request) {
        return noStore(TokenResponse.of(signIn.refresh(request.refreshToken())));
    }

    @POST
    @Path("logout")
    @Operation(summary = "Sign out: the refresh token and its whole session stop working")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(@Valid @NotNull RefreshRequest request) {
        signIn.signOut(request.refreshToken());
        return Response.noContent().build();
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "A service's own token: the OAuth 2.0 client-credentials grant (RFC 6749 section 4.4)",
            description = "For the platform's services, which call it directly (not through the gateway): HTTP Basic"
                    + " with the service's client id and secret, grant_type=client_credentials, optionally scope."
                    + " A problem's type ends in the OAuth error code (invalid_client, invalid_scope...).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ServiceTokenResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid_request, unsupported_grant_type or invalid_scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "invalid_client: unknown client or wrong secret",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @FormParam("grant_type") String grantType, @FormParam("scope") String scope,
                          @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret) {
        ClientCredentialsGrant.Granted granted = clientCredentials.grant(
                new ClientCredentialsGrant.TokenRequest(grantType, scope, clientId, clientSecret, authorization));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(ServiceTokenResponse.of(granted)).cacheControl(noStore).header("Pragma", "no-cache")
                .build();
    }

    @GET
    @Path("jwks")
    @Produces({JWK_SET, MediaType.APPLICATION_JSON})
    @Operation(summary = "The public keys that verify access tokens (JWKS)")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(signingKeys.publicKeys().toString(), MediaType.APPLICATION_JSON_TYPE).cacheControl(cache)
                .build();
    }

    private static Response noStore(TokenResponse tokens) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(tokens).cacheControl(noStore).header("Pragma", "no-cache").build();
    }
}
