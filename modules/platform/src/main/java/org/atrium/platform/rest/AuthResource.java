package org.atrium.platform.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.atrium.platform.auth.AuthService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.TokenPair;
import org.atrium.platform.error.BadRequest;

/** Sign-in for API clients: tokens in, tokens out. */
@Path("/api/v1/auth")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource {

  @Inject private AuthService auth;
  @Context private HttpServletRequest http;

  /** Credentials presented at sign-in. */
  public record LoginRequest(String login, String password) {}

  /** A refresh token presented for rotation. */
  public record RefreshRequest(String refreshToken) {}

  /** The token pair handed to an API client. */
  public record TokenResponse(
      String accessToken, String tokenType, long expiresIn, String refreshToken) {
    static TokenResponse of(TokenPair pair) {
      return new TokenResponse(pair.accessToken(), "Bearer", pair.expiresIn(), pair.refreshToken());
    }
  }

  @POST
  @Path("/login")
  @Public
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign in with a username or email and a password")
  public TokenResponse login(LoginRequest request) {
    if (request == null) {
      throw new BadRequest("send {\"login\": …, \"password\": …}");
    }
    return TokenResponse.of(auth.login(request.login(), request.password(), http.getRemoteAddr()));
  }

  @POST
  @Path("/refresh")
  @Public
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Trade a refresh token for a new token pair; each token works once")
  public TokenResponse refresh(RefreshRequest request) {
    if (request == null || request.refreshToken() == null) {
      throw new BadRequest("send {\"refresh_token\": …}");
    }
    return TokenResponse.of(auth.refresh(request.refreshToken()));
  }

  @POST
  @Path("/logout")
  @Operation(summary = "End this session: its refresh and access tokens stop working")
  public void logout(@Context ContainerRequestContext request) {
    Caller caller = Callers.of(request).orElseThrow();
    auth.logout(caller);
  }
}
