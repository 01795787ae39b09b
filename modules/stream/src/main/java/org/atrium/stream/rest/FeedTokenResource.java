package org.atrium.stream.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.atrium.platform.auth.Caller;
import org.atrium.stream.FeedTokens;

/** Your read-only feed token for Atom readers. */
@Path("/api/v1/feeds/token")
@Tag(name = "feeds")
@Produces(MediaType.APPLICATION_JSON)
public final class FeedTokenResource {

  @Inject private Provider<Caller> caller;
  @Inject private FeedTokens tokens;

  /** A new feed token, shown once. */
  public record FeedToken(String token) {}

  @POST
  @Operation(summary = "Create a feed token (revoking the previous one); it is shown only once")
  public FeedToken create() {
    return new FeedToken(tokens.create(caller.get()));
  }

  @DELETE
  @Operation(summary = "Revoke your feed token")
  public void revoke() {
    tokens.revoke(caller.get());
  }
}
