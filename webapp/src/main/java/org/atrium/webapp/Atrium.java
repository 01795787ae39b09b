package org.atrium.webapp;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.atrium.communities.store.QaIndexSource;
import org.atrium.communities.store.QaStore;
import org.atrium.files.ContentStore;
import org.atrium.files.FileService;
import org.atrium.files.FileTextConsumer;
import org.atrium.files.TextExtractor;
import org.atrium.files.Thumbnails;
import org.atrium.files.store.FileIndexSource;
import org.atrium.files.store.FileStore;
import org.atrium.people.DirectoryService;
import org.atrium.people.OrgLoader;
import org.atrium.people.PeopleAccounts;
import org.atrium.people.PeopleAdminService;
import org.atrium.people.PeopleImportService;
import org.atrium.people.ProfileService;
import org.atrium.people.SharedSpaces;
import org.atrium.people.demo.DemoOrganisation;
import org.atrium.people.store.PeopleIndexSource;
import org.atrium.people.store.PeopleStore;
import org.atrium.people.store.SkillIndexSource;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.audit.AuditLog;
import org.atrium.platform.auth.AccessTokens;
import org.atrium.platform.auth.AuthService;
import org.atrium.platform.auth.PasswordHasher;
import org.atrium.platform.auth.SigningKeys;
import org.atrium.platform.auth.store.AuthStore;
import org.atrium.platform.db.Database;
import org.atrium.platform.db.Tx;
import org.atrium.platform.outbox.Outbox;
import org.atrium.platform.outbox.OutboxDispatcher;
import org.atrium.search.Search;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.MembershipService;
import org.atrium.spaces.SpaceAcquaintances;
import org.atrium.spaces.SpaceService;
import org.atrium.spaces.store.SpaceIndexSource;
import org.atrium.spaces.store.SpaceStore;
import org.atrium.stream.FeedTokens;
import org.atrium.stream.FollowService;
import org.atrium.stream.LiveHub;
import org.atrium.stream.NotificationSender;
import org.atrium.stream.NotificationService;
import org.atrium.stream.Notifier;
import org.atrium.stream.StatusService;
import org.atrium.stream.TimelineService;
import org.atrium.stream.store.FeedTokenStore;
import org.atrium.stream.store.FollowStore;
import org.atrium.stream.store.NotificationStore;
import org.atrium.stream.store.StatusIndexSource;
import org.atrium.stream.store.StatusStore;
import org.atrium.wiki.RevisionService;
import org.atrium.wiki.WatchNotifier;
import org.atrium.wiki.WatchService;
import org.atrium.wiki.WikiService;
import org.atrium.wiki.store.PageIndexSource;
import org.atrium.wiki.store.WatchStore;
import org.atrium.wiki.store.WikiStore;

/**
 * The composition root: opens the database and wires every module's stores and services by hand, in
 * one readable place, so that what depends on what is plain to see.
 */
public final class Atrium {

  /** The seed of the demo organisation: every demo start shows the same people. */
  public static final long DEMO_SEED = 42;

  /** How long one file's text extraction may take before it is abandoned. */
  private static final Duration TEXT_EXTRACTION_TIMEOUT = Duration.ofSeconds(20);

  private Atrium() {}

  /**
   * Assembles the services and serves them; in demo mode an empty directory first receives the demo
   * organisation.
   */
  public static AtriumServer start(AtriumConfig config) throws Exception {
    return start(config, Clock.systemUTC());
  }

  /**
   * {@link #start(AtriumConfig)} with the clock question routing reads, which tests move forward to
   * escalate unanswered questions without waiting a day.
   */
  public static AtriumServer start(AtriumConfig config, Clock routingClock) throws Exception {
    Services services = assemble(config, routingClock);
    try {
      boolean loaded =
          config.demo()
              && services
                  .orgLoader()
                  .loadIfEmpty(
                      () -> DemoOrganisation.generate(DEMO_SEED, config.demoPeople()), true);
      if (loaded || services.search().needsRebuild()) {
        services.search().rebuild((done, total) -> {});
      }
      return AtriumServer.start(services);
    } catch (Exception | Error e) {
      services.closeStorage();
      throw e;
    }
  }

  /** Opens the database (migrating it) and builds every service. */
  public static Services assemble(AtriumConfig config) {
    return assemble(config, Clock.systemUTC());
  }

  /** {@link #assemble(AtriumConfig)} with the clock that question routing reads. */
  public static Services assemble(AtriumConfig config, Clock routingClock) {
    Clock clock = Clock.systemUTC();
    List<Class<?>> entities = new ArrayList<>(AuthStore.ENTITIES);
    entities.addAll(PeopleStore.ENTITIES);
    entities.addAll(SpaceStore.ENTITIES);
    entities.addAll(StatusStore.ENTITIES);
    entities.addAll(WikiStore.ENTITIES);
    entities.addAll(QaStore.ENTITIES);
    entities.addAll(FileStore.ENTITIES);
    Database database = Database.open(config, entities);
    Tx tx = new Tx(database);
    OutboxDispatcher dispatcher = new OutboxDispatcher(tx);
    Outbox outbox = new Outbox(tx, clock, dispatcher::wake);
    AuditLog audit = new AuditLog(tx, clock);

    AuthStore authStore = new AuthStore(tx);
    PeopleStore peopleStore = new PeopleStore(tx);
    SpaceStore spaceStore = new SpaceStore(tx);
    AccessPolicy policy = new AccessPolicy(spaceStore);
    SharedSpaces sharedSpaces = new SpaceAcquaintances(spaceStore);
    PasswordHasher hasher = new PasswordHasher();
    AccessTokens tokens =
        new AccessTokens(
            config.issuer(),
            config.accessTokenTtl(),
            clock,
            SigningKeys.loadOrCreate(tx, authStore, clock));
    AuthService auth =
        new AuthService(
            config, tx, authStore, new PeopleAccounts(peopleStore), tokens, hasher, clock);

    DirectoryService directory = new DirectoryService(tx, peopleStore, sharedSpaces);
    StatusStore statusStore = new StatusStore(tx);
    FollowStore followStore = new FollowStore(tx);
    NotificationStore notificationStore = new NotificationStore(tx);
    NotificationService notifications =
        new NotificationService(tx, notificationStore, statusStore, policy, clock);
    LiveHub live = new LiveHub(tx, statusStore, followStore, policy, notifications);
    WikiStore wikiStore = new WikiStore(tx);
    WatchStore watchStore = new WatchStore(tx);
    // first, so that each round of deliveries reaches connected people before anything slower
    dispatcher.register(live);
    // before the notifier, which stores the notifications the wiki's watch notifier asks for
    dispatcher.register(new WatchNotifier(tx, wikiStore, watchStore, policy, directory, outbox));
    dispatcher.register(
        new Notifier(tx, statusStore, notificationStore, policy, directory, outbox, clock));
    Search search =
        Search.open(
            config.dataDir().resolve("index"),
            tx,
            audit,
            dispatcher,
            policy,
            List.of(
                new PeopleIndexSource(tx),
                new SkillIndexSource(tx),
                new SpaceIndexSource(tx),
                new StatusIndexSource(tx),
                new PageIndexSource(tx),
                new FileIndexSource(tx, new FileStore(tx)),
                QaIndexSource.questions(tx, new QaStore(tx)),
                QaIndexSource.answers(tx, new QaStore(tx))));
    Communities communities =
        Communities.assemble(
            tx,
            policy,
            directory,
            new SpaceService(tx, spaceStore, policy, outbox, clock),
            new NotificationSender(notificationStore, outbox, clock),
            outbox,
            dispatcher,
            new RankedExpertFinder(search.experts()),
            clock,
            routingClock);
    FileService files = files(config, tx, policy, outbox, dispatcher, clock);
    return new Services(
        config,
        database,
        tx,
        dispatcher,
        auth,
        directory,
        new ProfileService(tx, peopleStore, outbox, audit, clock, sharedSpaces),
        new PeopleAdminService(tx, peopleStore, outbox, audit, auth, hasher, clock),
        new PeopleImportService(tx, peopleStore, outbox, audit, clock),
        new OrgLoader(tx, peopleStore, clock),
        new SpaceService(tx, spaceStore, policy, outbox, clock),
        new MembershipService(tx, spaceStore, policy, directory, outbox, clock),
        new StatusService(tx, statusStore, policy, directory, outbox, clock),
        new TimelineService(tx, statusStore, policy, directory),
        new FollowService(tx, followStore, directory, outbox, clock),
        notifications,
        live,
        new FeedTokens(tx, new FeedTokenStore(tx), directory, clock),
        new WikiService(tx, wikiStore, policy, outbox, clock),
        new RevisionService(tx, wikiStore, policy, outbox, clock),
        new WatchService(tx, wikiStore, watchStore, policy),
        communities,
        search,
        files,
        metrics(dispatcher));
  }

  /**
   * The files of spaces, stored below the data directory, with their text extracted after each
   * upload commits.
   */
  private static FileService files(
      AtriumConfig config,
      Tx tx,
      AccessPolicy policy,
      Outbox outbox,
      OutboxDispatcher dispatcher,
      Clock clock) {
    FileStore store = new FileStore(tx);
    ContentStore contents = new ContentStore(config.dataDir().resolve("files"));
    dispatcher.register(
        new FileTextConsumer(
            tx, store, contents, new TextExtractor(TEXT_EXTRACTION_TIMEOUT), outbox, clock));
    return new FileService(
        tx,
        store,
        policy,
        contents,
        new Thumbnails(config.dataDir().resolve("thumbnails")),
        outbox,
        clock,
        config.maxUploadBytes());
  }

  private static PrometheusMeterRegistry metrics(OutboxDispatcher dispatcher) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Gauge.builder(
            "atrium.outbox.lag",
            dispatcher,
            outbox -> outbox.lag().values().stream().mapToLong(Long::longValue).max().orElse(0))
        .description("Events the slowest outbox consumer has yet to handle")
        .register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    return registry;
  }
}
