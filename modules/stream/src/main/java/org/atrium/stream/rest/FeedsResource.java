package org.atrium.stream.rest;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.Unauthenticated;
import org.atrium.platform.rest.Callers;
import org.atrium.platform.rest.Public;
import org.atrium.stream.FeedTokens;
import org.atrium.stream.Status;
import org.atrium.stream.TimelineQuery;
import org.atrium.stream.TimelineService;

/**
 * Atom 1.0 feeds of a tag, a space or a person, with exactly what the reader may see. Readers sign
 * in as for the API, or with their read-only feed token in {@code ?token=}.
 */
@Path("/feeds")
@Public
@Tag(name = "feeds")
@Produces("application/atom+xml;charset=utf-8")
public final class FeedsResource {

  private static final int ENTRIES = 20;

  @Inject private TimelineService timelines;
  @Inject private FeedTokens tokens;
  @Context private ContainerRequestContext request;
  @Context private UriInfo uri;

  @GET
  @Path("/tags/{tag}.atom")
  @Operation(summary = "Atom feed of a hashtag")
  public String tag(@PathParam("tag") String tag, @QueryParam("token") String token) {
    return feed("#" + tag, token, reader -> timelines.tag(reader, tag, latest()));
  }

  @GET
  @Path("/spaces/{slug}.atom")
  @Operation(summary = "Atom feed of a space")
  public String space(@PathParam("slug") String slug, @QueryParam("token") String token) {
    return feed(slug, token, reader -> timelines.space(reader, slug, latest()));
  }

  @GET
  @Path("/people/{username}.atom")
  @Operation(summary = "Atom feed of a person's posts")
  public String person(@PathParam("username") String username, @QueryParam("token") String token) {
    return feed("@" + username, token, reader -> timelines.person(reader, username, latest()));
  }

  private String feed(String title, String token, Function<Caller, List<Status>> entries) {
    Caller reader =
        Callers.of(request)
            .or(() -> tokens.reader(token))
            .orElseThrow(() -> new Unauthenticated("sign in or add your feed token as ?token="));
    List<Status> statuses = entries.apply(reader);
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(title + " · Atrium");
    feed.setLink(uri.getBaseUri() + uri.getPath());
    feed.setUri("tag:atrium.org,2026:feed:" + uri.getPath());
    feed.setPublishedDate(
        statuses.isEmpty() ? new Date(0) : Date.from(statuses.getFirst().createdAt()));
    feed.setEntries(statuses.stream().map(this::entry).toList());
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("the feed could not be written", e);
    }
  }

  private SyndEntry entry(Status status) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setUri("tag:atrium.org,2026:status:" + status.id());
    entry.setLink(uri.getBaseUri() + "statuses/" + status.id());
    entry.setTitle(title(status.text()));
    entry.setAuthor(status.account().displayName());
    entry.setPublishedDate(Date.from(status.createdAt()));
    entry.setUpdatedDate(
        Date.from(status.editedAt() == null ? status.createdAt() : status.editedAt()));
    SyndContentImpl content = new SyndContentImpl();
    content.setType("html");
    content.setValue(status.content());
    entry.setContents(List.of(content));
    return entry;
  }

  private static String title(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() <= 80 ? line : line.substring(0, 79) + "…";
  }

  private static TimelineQuery latest() {
    return TimelineQuery.latest(ENTRIES);
  }
}
