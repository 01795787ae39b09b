package org.atrium.platform.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.atrium.platform.Json;

/** Gives Jersey's Jackson support the one Atrium JSON dialect. */
@Provider
public final class JsonProvider implements ContextResolver<ObjectMapper> {
  @Override
  public ObjectMapper getContext(Class<?> type) {
    return Json.mapper();
  }
}
