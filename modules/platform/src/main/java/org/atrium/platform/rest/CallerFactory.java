package org.atrium.platform.rest;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.Unauthenticated;
import org.glassfish.hk2.api.Factory;

/** Lets resources inject the {@link Caller} of the current request. */
public final class CallerFactory implements Factory<Caller> {

  @Inject private Provider<ContainerRequestContext> request;

  @Override
  public Caller provide() {
    return Callers.of(request.get()).orElseThrow(() -> new Unauthenticated("sign in to see this"));
  }

  @Override
  public void dispose(Caller caller) {
    // a caller holds nothing to release
  }
}
