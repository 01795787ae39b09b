package org.atrium.platform.rest;

import jakarta.ws.rs.core.Response;

/** Renders failures of HTML page requests; the web application provides the one error page. */
public interface ErrorPages {

  /** A full error page response for {@code problem}, which happened at {@code path}. */
  Response render(Problem problem, String path);
}
