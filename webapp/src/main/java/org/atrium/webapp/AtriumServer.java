package org.atrium.webapp;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.servlet.ServletContainer;

/** Jetty serving the Jersey application, plus static assets under {@code /static/}. */
public final class AtriumServer implements AutoCloseable {

  private final Server jetty;
  private final Services services;

  private AtriumServer(Server jetty, Services services) {
    this.jetty = jetty;
    this.services = services;
  }

  /** Starts serving {@code services} on the configured port (0 picks a free one). */
  public static AtriumServer start(Services services) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("http");
    threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
    Server jetty = new Server(threads);
    ServerConnector connector = new ServerConnector(jetty);
    connector.setPort(services.config().port());
    jetty.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.setBaseResource(ResourceFactory.of(context).newClassLoaderResource("static", false));
    ServletHolder assets = new ServletHolder("static", DefaultServlet.class);
    assets.setInitParameter("pathInfoOnly", "true");
    assets.setInitParameter("dirAllowed", "false");
    assets.setInitParameter("etags", "true");
    assets.setInitParameter("cacheControl", "public, max-age=3600");
    context.addServlet(assets, "/static/*");
    context.addFilter(LastResortFilter.class, "/*", EnumSet.of(DispatcherType.REQUEST));
    ErrorHandler errors = new ErrorHandler();
    errors.setShowStacks(false);
    errors.setShowMessageInTitle(false);
    context.setErrorHandler(errors);
    context.addServlet(
        new ServletHolder("jersey", new ServletContainer(new AtriumApplication(services))), "/*");

    GzipHandler gzip = new GzipHandler();
    gzip.addExcludedMimeTypes("text/event-stream");
    gzip.setHandler(context);
    jetty.setHandler(gzip);
    jetty.setStopAtShutdown(false);
    jetty.start();
    services.dispatcher().start();
    services.communities().escalations().start();
    return new AtriumServer(jetty, services);
  }

  public int port() {
    return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
  }

  public URI uri() {
    return URI.create("http://localhost:" + port() + "/");
  }

  public Services services() {
    return services;
  }

  @Override
  public void close() throws Exception {
    services.communities().escalations().close();
    services.dispatcher().close();
    services.live().close();
    jetty.stop();
    services.closeStorage();
  }
}
