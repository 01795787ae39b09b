package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.auth.AuthService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.WebSession;
import org.atrium.platform.error.RateLimited;
import org.atrium.platform.error.Unauthenticated;
import org.atrium.platform.rest.AuthFilter;
import org.atrium.platform.rest.Callers;
import org.atrium.platform.rest.Public;
import org.atrium.spaces.SpaceService;

/** Signing in and out in the browser. */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class SignInPage {

  /** Where a sign-in goes without a page to return to: home picks the page for the person. */
  private static final String HOME = "/";

  @Inject private AuthService auth;
  @Inject private Templates templates;
  @Inject private AtriumConfig config;
  @Inject private SpaceService spaces;
  @Context private ContainerRequestContext request;
  @Context private HttpServletRequest http;

  /**
   * The start page: employees' home timeline; external guests have no company-wide timeline, so
   * they start in their first space, or on their profile while they are in none.
   */
  @GET
  @Public
  public Response home() {
    String start = Callers.of(request).map(this::startPage).orElse("/login");
    return Response.seeOther(URI.create(start)).build();
  }

  private String startPage(Caller caller) {
    if (!caller.isGuest()) {
      return Links.HOME;
    }
    return spaces.list(caller, true, null, null, 1).items().stream()
        .findFirst()
        .map(space -> Links.space(space.slug()))
        .orElse(Links.profile(caller.username()));
  }

  @GET
  @Path("login")
  @Public
  public Response form(@QueryParam("next") String next) {
    if (Callers.of(request).isPresent()) {
      return Response.seeOther(URI.create(safeNext(next))).build();
    }
    return page(200, "", safeNext(next), null);
  }

  @POST
  @Path("login")
  @Public
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(
      @FormParam("login") String login,
      @FormParam("password") String password,
      @FormParam("next") String next) {
    try {
      WebSession session = auth.webLogin(login, password, http.getRemoteAddr());
      return Response.seeOther(URI.create(safeNext(next)))
          .cookie(sessionCookie(session.cookieToken(), config.refreshTokenTtl().toSeconds()))
          .build();
    } catch (Unauthenticated e) {
      return page(401, login, safeNext(next), "errorCredentials");
    } catch (RateLimited e) {
      return Response.fromResponse(page(429, login, safeNext(next), "errorRate"))
          .header("Retry-After", e.retryAfterSeconds())
          .build();
    }
  }

  @POST
  @Path("logout")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signOut() {
    Caller caller = Callers.of(request).orElseThrow();
    auth.logout(caller);
    return Response.seeOther(URI.create("/login")).cookie(sessionCookie("", 0)).build();
  }

  private Response page(int status, String login, String next, String error) {
    Map<String, Object> model = PageModel.of(templates.text("signin_title"));
    model.put("login", login == null ? "" : login);
    model.put("next", next);
    model.put("demo", config.demo());
    if (error != null) {
      model.put(error, true);
    }
    return Response.status(status).entity(templates.render("signin", model)).build();
  }

  private NewCookie sessionCookie(String value, long maxAgeSeconds) {
    return new NewCookie.Builder(AuthFilter.SESSION_COOKIE)
        .value(value)
        .path("/")
        .httpOnly(true)
        .secure(http.isSecure())
        .sameSite(NewCookie.SameSite.LAX)
        .maxAge((int) maxAgeSeconds)
        .build();
  }

  /** Only local paths: a sign-in link must not send anyone to another site. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return HOME;
    }
    return next;
  }
}
