package org.atrium.webapp;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.atrium.files.FileService;
import org.atrium.people.DirectoryService;
import org.atrium.people.OrgLoader;
import org.atrium.people.PeopleAdminService;
import org.atrium.people.PeopleImportService;
import org.atrium.people.ProfileService;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.auth.AuthService;
import org.atrium.platform.db.Database;
import org.atrium.platform.db.Tx;
import org.atrium.platform.outbox.OutboxDispatcher;
import org.atrium.search.Search;
import org.atrium.spaces.MembershipService;
import org.atrium.spaces.SpaceService;
import org.atrium.stream.FeedTokens;
import org.atrium.stream.FollowService;
import org.atrium.stream.LiveHub;
import org.atrium.stream.NotificationService;
import org.atrium.stream.StatusService;
import org.atrium.stream.TimelineService;
import org.atrium.wiki.RevisionService;
import org.atrium.wiki.WatchService;
import org.atrium.wiki.WikiService;

/** Every service of a running Atrium, as the composition root built them. */
public record Services(
    AtriumConfig config,
    Database database,
    Tx tx,
    OutboxDispatcher dispatcher,
    AuthService auth,
    DirectoryService directory,
    ProfileService profiles,
    PeopleAdminService peopleAdmin,
    PeopleImportService peopleImport,
    OrgLoader orgLoader,
    SpaceService spaces,
    MembershipService memberships,
    StatusService statuses,
    TimelineService timelines,
    FollowService follows,
    NotificationService notifications,
    LiveHub live,
    FeedTokens feedTokens,
    WikiService wiki,
    RevisionService revisions,
    WatchService watches,
    Communities communities,
    Search search,
    FileService files,
    PrometheusMeterRegistry metrics) {

  /**
   * Closes what holds files under the data directory open: the search index, then the database. A
   * later {@link Atrium#assemble} in the same process can open them again.
   */
  public void closeStorage() {
    search.close();
    database.close();
  }
}
