package org.atrium.webapp.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.atrium.platform.AtriumConfig;
import org.atrium.webapp.Atrium;
import org.atrium.webapp.AtriumServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs Atrium until stopped. */
@Command(name = "serve", description = "Run the Atrium server.")
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", description = "HTTP port (default: ATRIUM_PORT or 8080).")
  Integer port;

  @Option(names = "--data", description = "Data directory (default: ATRIUM_DATA_DIR or ./data).")
  Path data;

  @Option(
      names = "--demo",
      description = "Demo mode: load the demo organisation on first start; password 'demo'.")
  boolean demo;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Settings.override("atrium.port", port);
    Settings.override("atrium.data.dir", data);
    if (demo) {
      System.setProperty("atrium.demo", "true");
    }
    AtriumConfig config = AtriumConfig.load();
    AtriumServer server;
    try {
      server = Atrium.start(config);
    } catch (IOException e) {
      if (e.getCause() instanceof BindException || e instanceof BindException) {
        System.err.println(
            "Port "
                + config.port()
                + " is in use. Stop what runs there or pick another: --port 9090");
        return 1;
      }
      throw e;
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    printBanner(server, config, millis);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (Exception e) {
                    System.err.println("Atrium did not stop cleanly: " + e.getMessage());
                  } finally {
                    stopped.countDown();
                  }
                }));
    stopped.await();
    return 0;
  }

  private static void printBanner(AtriumServer server, AtriumConfig config, long millis) {
    System.out.println();
    System.out.println("Atrium is running at " + server.uri() + " (started in " + millis + " ms)");
    System.out.println("Data: " + config.dataDir());
    if (config.demo()) {
      System.out.println("Demo mode: sign in as any demo person with the password 'demo', e.g.");
      System.out.println("  admin    (admin)      hr     (HR)");
      System.out.println("  partner  (guest)      or anyone from " + server.uri() + "people");
    }
    System.out.println("Stop with Ctrl+C.");
  }
}
