package org.atrium.webapp.pages;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.hk2.utilities.binding.AbstractBinder;

/** Registers the HTML pages and the template renderer they share. */
public final class PagesFeature implements Feature {

  @Override
  public boolean configure(FeatureContext context) {
    context.register(
        new AbstractBinder() {
          @Override
          protected void configure() {
            bind(new Templates()).to(Templates.class);
            bindAsContract(PageFrame.class).in(Singleton.class);
          }
        });
    context.register(SignInPage.class);
    context.register(DirectoryPage.class);
    context.register(ProfilePage.class);
    context.register(EditProfilePage.class);
    context.register(EndorsementActions.class);
    context.register(FollowActions.class);
    context.register(HomePage.class);
    context.register(ThreadPage.class);
    context.register(StatusActions.class);
    context.register(TagPage.class);
    context.register(SpacesPage.class);
    context.register(SpacePage.class);
    context.register(SpaceMembersPage.class);
    context.register(SpaceSettingsPage.class);
    context.register(NotificationsPage.class);
    context.register(WikiIndexPage.class);
    context.register(WikiActions.class);
    context.register(WikiPageView.class);
    context.register(WikiEditPage.class);
    context.register(WikiHistoryPage.class);
    context.register(WikiRevisionPage.class);
    context.register(WikiDiffPage.class);
    context.register(CommunityPage.class);
    context.register(QuestionsPage.class);
    context.register(QuestionPage.class);
    context.register(AnalyticsPage.class);
    context.register(SearchPage.class);
    context.register(ExpertsPage.class);
    context.register(FilesPage.class);
    return true;
  }
}
