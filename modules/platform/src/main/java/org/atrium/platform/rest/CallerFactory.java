package org.atrium.platform.rest;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.function.Supplier;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.Unauthenticated;

/** Lets resources inject the {@link Caller} of the current request. */
public final class CallerFactory implements Supplier<Caller> {

  @Inject private Provider<ContainerRequestContext> request;

  @Override
  public Caller get() {
    return Callers.of(request.get())
        .orElseThrow(() -> new Unauthenticated("sign in to see this"));
  }
}
