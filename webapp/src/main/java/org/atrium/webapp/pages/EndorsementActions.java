package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.atrium.people.ProfileService;
import org.atrium.platform.auth.Caller;

/**
 * Endorsing someone's skill and withdrawing the endorsement, from the buttons on a profile. Skill
 * names may contain slashes ("CI/CD"), so the name is all of the path between {@code skills/} and
 * the verb.
 */
@Path(Links.DIRECTORY + "/{username}/skills")
public final class EndorsementActions {

  static final String ENDORSE = "endorse";
  static final String WITHDRAW = "withdraw";
  private static final String SKILL = "{skill: .+}/";

  @Inject private Provider<Caller> caller;
  @Inject private ProfileService profiles;

  @POST
  @Path(SKILL + ENDORSE)
  public Response endorse(
      @PathParam("username") String username, @PathParam("skill") String skill) {
    profiles.endorse(caller.get(), username, skill);
    return backToSkills(username, Flash.ENDORSED);
  }

  @POST
  @Path(SKILL + WITHDRAW)
  public Response withdraw(
      @PathParam("username") String username, @PathParam("skill") String skill) {
    profiles.withdrawEndorsement(caller.get(), username, skill);
    return backToSkills(username, Flash.WITHDRAWN);
  }

  /** After a post, a redirect, so that reloading the profile does not post again. */
  private static Response backToSkills(String username, Flash flash) {
    return Response.seeOther(
            URI.create(Links.profile(username) + "?flash=" + flash.code() + "#skills"))
        .build();
  }
}
