package org.atrium.webapp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.atrium.platform.auth.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches whatever escapes Jersey's exception mappers (a failure while building a resource, say) so
 * that even then the client gets a plain problem with an error id, never a stack trace.
 */
public final class LastResortFilter implements Filter {

  private static final Logger log = LoggerFactory.getLogger(LastResortFilter.class);

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      String errorId = Secrets.token(9);
      log.error("unhandled failure, error id {}", errorId, e);
      if (response.isCommitted()) {
        return;
      }
      HttpServletResponse http = (HttpServletResponse) response;
      http.reset();
      http.setStatus(500);
      http.setContentType("application/problem+json");
      http.getOutputStream()
          .write(
              ("{\"type\":\"tag:atrium.org,2026:problems/internal-server-error\","
                      + "\"title\":\"Internal server error\",\"status\":500,"
                      + "\"detail\":\"Something went wrong on our side. Quote error id "
                      + errorId
                      + " when reporting it.\",\"instance\":\"\",\"error_id\":\""
                      + errorId
                      + "\"}")
                  .getBytes(StandardCharsets.UTF_8));
    }
  }
}
