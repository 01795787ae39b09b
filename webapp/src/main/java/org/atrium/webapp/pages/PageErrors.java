package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;
import java.util.Optional;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.rest.Callers;
import org.atrium.platform.rest.ErrorPages;
import org.atrium.platform.rest.Problem;

/**
 * The one error page. A page that needs a signed-in person sends the browser to sign in and back.
 */
public final class PageErrors implements ErrorPages {

  @Inject private Templates templates;
  @Inject private PageFrame frame;
  @Inject private Provider<ContainerRequestContext> request;

  @Override
  public Response render(Problem problem, String path) {
    if (problem.status() == 401) {
      return Response.seeOther(UriBuilder.fromPath("/login").queryParam("next", path).build())
          .build();
    }
    Map<String, Object> model = around(problem);
    model.put("status", problem.status());
    model.put("title", problem.title());
    model.put("detail", problem.detail());
    model.put("errorId", problem.errorId());
    model.put("notFound", problem.status() == 404);
    return Response.status(problem.status())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
        .entity(templates.render("error", model))
        .build();
  }

  /**
   * The page around the error: with the top bar for a signed-in person, so a wrong turn is one
   * click from anywhere. A server failure gets the bare page, as the directory may be what failed.
   */
  private Map<String, Object> around(Problem problem) {
    ContainerRequestContext context = request.get();
    Optional<Caller> caller = Callers.of(context);
    if (caller.isEmpty() || problem.status() >= 500) {
      return PageModel.of(problem.title());
    }
    return frame.page(problem.title(), PageModel.Nav.NONE);
  }
}
