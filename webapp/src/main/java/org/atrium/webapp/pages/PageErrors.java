package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;
import org.atrium.platform.rest.ErrorPages;
import org.atrium.platform.rest.Problem;

/**
 * The one error page. A page that needs a signed-in person sends the browser to sign in and back.
 */
public final class PageErrors implements ErrorPages {

  @Inject private Templates templates;

  @Override
  public Response render(Problem problem, String path) {
    if (problem.status() == 401) {
      return Response.seeOther(UriBuilder.fromPath("/login").queryParam("next", path).build())
          .build();
    }
    Map<String, Object> model = PageModel.of(problem.title(), null, null);
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
}
