package org.atrium.webapp;

import org.atrium.communities.AnalyticsService;
import org.atrium.communities.AnswerService;
import org.atrium.communities.CommunityService;
import org.atrium.communities.QuestionService;
import org.atrium.communities.rest.AnalyticsResource;
import org.atrium.communities.rest.AnswersResource;
import org.atrium.communities.rest.CommunityResource;
import org.atrium.communities.rest.QuestionsResource;
import org.atrium.communities.rest.SpaceQuestionsResource;
import org.atrium.files.FileService;
import org.atrium.files.rest.FileResource;
import org.atrium.files.rest.FilesResource;
import org.atrium.people.DirectoryService;
import org.atrium.people.PeopleAdminService;
import org.atrium.people.PeopleImportService;
import org.atrium.people.ProfileService;
import org.atrium.people.rest.AdminPeopleResource;
import org.atrium.people.rest.BusinessUnitsResource;
import org.atrium.people.rest.MeResource;
import org.atrium.people.rest.PeopleResource;
import org.atrium.people.rest.SkillsResource;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.auth.AuthService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.rest.AtriumExceptionMapper;
import org.atrium.platform.rest.AuthFilter;
import org.atrium.platform.rest.AuthResource;
import org.atrium.platform.rest.BodyLimitFilter;
import org.atrium.platform.rest.CallerFactory;
import org.atrium.platform.rest.ErrorPages;
import org.atrium.platform.rest.JsonExceptionMapper;
import org.atrium.platform.rest.JsonProvider;
import org.atrium.platform.rest.ProblemResponder;
import org.atrium.platform.rest.UnexpectedExceptionMapper;
import org.atrium.platform.rest.WebApplicationExceptionMapper;
import org.atrium.search.ExpertService;
import org.atrium.search.Search;
import org.atrium.search.SearchService;
import org.atrium.search.SuggestService;
import org.atrium.search.rest.ExpertsResource;
import org.atrium.search.rest.ReindexResource;
import org.atrium.search.rest.SearchResource;
import org.atrium.search.rest.SuggestResource;
import org.atrium.spaces.MembershipService;
import org.atrium.spaces.SpaceService;
import org.atrium.spaces.rest.SpacesResource;
import org.atrium.stream.FeedTokens;
import org.atrium.stream.FollowService;
import org.atrium.stream.LiveHub;
import org.atrium.stream.NotificationService;
import org.atrium.stream.StatusService;
import org.atrium.stream.TimelineService;
import org.atrium.stream.rest.FeedTokenResource;
import org.atrium.stream.rest.FeedsResource;
import org.atrium.stream.rest.NotificationsResource;
import org.atrium.stream.rest.PersonStreamResource;
import org.atrium.stream.rest.StatusesResource;
import org.atrium.stream.rest.StreamingResource;
import org.atrium.stream.rest.TagsResource;
import org.atrium.stream.rest.TimelinesResource;
import org.atrium.webapp.ops.HealthResource;
import org.atrium.webapp.ops.MetricsResource;
import org.atrium.webapp.ops.OpenApiDocument;
import org.atrium.webapp.ops.OpenApiResource;
import org.atrium.webapp.ops.SecurityHeaders;
import org.atrium.webapp.pages.PageErrors;
import org.atrium.webapp.pages.PagesFeature;
import org.atrium.wiki.RevisionService;
import org.atrium.wiki.WatchService;
import org.atrium.wiki.WikiService;
import org.atrium.wiki.rest.DiffResource;
import org.atrium.wiki.rest.PagesResource;
import org.atrium.wiki.rest.RevisionsResource;
import org.atrium.wiki.rest.WatchResource;
import org.atrium.wiki.rest.WikiWatchResource;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.micrometer.server.DefaultJerseyTagsProvider;
import org.glassfish.jersey.micrometer.server.MetricsApplicationEventListener;
import org.glassfish.jersey.process.internal.RequestScoped;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The Jersey application: every resource, filter and mapper, and the services they inject. */
public final class AtriumApplication extends ResourceConfig {

  /** The JSON API resources, also the input of the OpenAPI document. */
  static final java.util.Set<Class<?>> API_RESOURCES =
      java.util.Set.of(
          AuthResource.class,
          MeResource.class,
          PeopleResource.class,
          SkillsResource.class,
          BusinessUnitsResource.class,
          AdminPeopleResource.class,
          SpacesResource.class,
          StatusesResource.class,
          TimelinesResource.class,
          PersonStreamResource.class,
          TagsResource.class,
          NotificationsResource.class,
          StreamingResource.class,
          FeedTokenResource.class,
          FeedsResource.class,
          PagesResource.class,
          RevisionsResource.class,
          DiffResource.class,
          WatchResource.class,
          WikiWatchResource.class,
          CommunityResource.class,
          SpaceQuestionsResource.class,
          QuestionsResource.class,
          AnswersResource.class,
          AnalyticsResource.class,
          SearchResource.class,
          ExpertsResource.class,
          SuggestResource.class,
          ReindexResource.class,
          FilesResource.class,
          FileResource.class,
          HealthResource.class);

  public AtriumApplication(Services services) {
    property(ServerProperties.WADL_FEATURE_DISABLE, true);
    property(ServerProperties.BV_FEATURE_DISABLE, true);
    property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    register(JacksonFeature.withoutExceptionMappers());
    register(JsonProvider.class);
    register(MultiPartFeature.class);
    register(AuthFilter.class);
    register(new BodyLimitFilter(services.config()));
    register(SecurityHeaders.class);
    register(AtriumExceptionMapper.class);
    register(WebApplicationExceptionMapper.class);
    register(JsonExceptionMapper.class);
    register(UnexpectedExceptionMapper.class);
    register(
        new MetricsApplicationEventListener(
            services.metrics(), new DefaultJerseyTagsProvider(), "http.server.requests", true));
    API_RESOURCES.forEach(this::register);
    register(MetricsResource.class);
    register(OpenApiResource.class);
    register(PagesFeature.class);
    register(new ServicesBinder(services));
  }

  /** Makes the services injectable into resources and providers. */
  private static final class ServicesBinder extends AbstractBinder {
    private final Services services;

    ServicesBinder(Services services) {
      this.services = services;
    }

    @Override
    protected void configure() {
      bind(services).to(Services.class);
      bind(services.config()).to(AtriumConfig.class);
      bind(services.tx()).to(Tx.class);
      bind(services.auth()).to(AuthService.class);
      bind(services.directory()).to(DirectoryService.class);
      bind(services.profiles()).to(ProfileService.class);
      bind(services.peopleAdmin()).to(PeopleAdminService.class);
      bind(services.peopleImport()).to(PeopleImportService.class);
      bind(services.spaces()).to(SpaceService.class);
      bind(services.memberships()).to(MembershipService.class);
      bind(services.statuses()).to(StatusService.class);
      bind(services.timelines()).to(TimelineService.class);
      bind(services.follows()).to(FollowService.class);
      bind(services.notifications()).to(NotificationService.class);
      bind(services.live()).to(LiveHub.class);
      bind(services.feedTokens()).to(FeedTokens.class);
      bind(services.wiki()).to(WikiService.class);
      bind(services.revisions()).to(RevisionService.class);
      bind(services.watches()).to(WatchService.class);
      bind(services.communities().communities()).to(CommunityService.class);
      bind(services.communities().questions()).to(QuestionService.class);
      bind(services.communities().answers()).to(AnswerService.class);
      bind(services.communities().analytics()).to(AnalyticsService.class);
      bind(services.search()).to(Search.class);
      bind(services.search().search()).to(SearchService.class);
      bind(services.search().experts()).to(ExpertService.class);
      bind(services.search().suggest()).to(SuggestService.class);
      bind(services.files()).to(FileService.class);
      bind(services.metrics()).to(io.micrometer.prometheusmetrics.PrometheusMeterRegistry.class);
      bind(new OpenApiDocument(API_RESOURCES)).to(OpenApiDocument.class);
      bind(ProblemResponder.class).to(ProblemResponder.class).in(jakarta.inject.Singleton.class);
      bind(PageErrors.class).to(ErrorPages.class).in(jakarta.inject.Singleton.class);
      bindFactory(CallerFactory.class).to(Caller.class).in(RequestScoped.class);
    }
  }
}
