package org.atrium.wiki;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The body of a page: CommonMark with GFM tables, strikethrough and autolinks, plus {@code
 * [[page]]} and {@code [[page|label]]} links to pages of the same space, and {@code @username}
 * mentions. Raw HTML is escaped when rendering, and the rendered HTML is sanitised by an allow-list
 * all the same, as the microblog's text is.
 */
public final class WikiText {

  private static final String LINK_CLASS = "wikilink";
  private static final Pattern WIKI_LINK =
      Pattern.compile(
          "\\[\\[(" + PageSlugs.PATTERN.pattern() + ")(?:\\|([^\\]\\n]{1,200}))?\\]\\]");

  /** As the microblog finds them: not inside a word, an address or a path. */
  private static final Pattern MENTION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_@/.])@([a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?)",
          Pattern.CASE_INSENSITIVE);

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .attributeProviderFactory(context -> WikiText::classifyLinks)
          .build();
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "strong",
              "em",
              "del",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "a",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "hr",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "img")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("class")
          .matching(true, LINK_CLASS)
          .onElements("a")
          .allowAttributes("src", "alt", "title")
          .onElements("img")
          .allowAttributes("align")
          .matching(true, "left", "center", "right")
          .onElements("th", "td")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .toFactory();

  private WikiText() {}

  /**
   * Pages are read far more often than they change, and their HTML depends on nothing but the space
   * and the text: the HTML of recently read revisions is kept, up to about 16 million characters.
   */
  private static final Cache<Rendering, String> RENDERED =
      Caffeine.newBuilder()
          .maximumWeight(16_000_000)
          .weigher((Rendering key, String html) -> key.markdown().length() + html.length())
          .build();

  private record Rendering(String space, String markdown) {}

  /** Safe HTML for {@code markdown}; {@code [[page]]} links point into {@code space}. */
  public static String render(String space, String markdown) {
    return RENDERED.get(new Rendering(space, markdown), key -> renderNow(space, markdown));
  }

  private static String renderNow(String space, String markdown) {
    Node document = PARSER.parse(markdown);
    forEachText(document, node -> linkPages(node, space));
    return POLICY.sanitize(RENDERER.render(document)).trim();
  }

  /** The slugs of the pages {@code markdown} links to, in order of first appearance. */
  public static Set<String> links(String markdown) {
    Set<String> found = new LinkedHashSet<>();
    forEachText(
        PARSER.parse(markdown),
        node -> {
          Matcher matcher = WIKI_LINK.matcher(node.getLiteral());
          while (matcher.find()) {
            found.add(matcher.group(1));
          }
        });
    return found;
  }

  /**
   * The usernames {@code markdown} mentions ({@code @username}, outside code and links), lower
   * case, in order of first appearance.
   */
  public static Set<String> mentions(String markdown) {
    Set<String> found = new LinkedHashSet<>();
    forEachText(
        PARSER.parse(markdown),
        node -> {
          Matcher matcher = MENTION.matcher(node.getLiteral());
          while (matcher.find()) {
            found.add(matcher.group(1).toLowerCase(Locale.ROOT));
          }
        });
    return found;
  }

  /** Visits the text outside links and code, where {@code [[page]]} is a link. */
  private static void forEachText(Node document, Consumer<Text> action) {
    List<Text> texts = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            texts.add(node);
          }

          @Override
          public void visit(Link link) {
            // text inside a link is already a link
          }
        });
    texts.forEach(action);
  }

  private static void linkPages(Text node, String space) {
    String literal = node.getLiteral();
    Matcher matcher = WIKI_LINK.matcher(literal);
    int position = 0;
    List<Node> parts = new ArrayList<>();
    while (matcher.find()) {
      parts.add(new Text(literal.substring(position, matcher.start())));
      Link link = new Link(PageSlugs.path(space, matcher.group(1)), null);
      String label = matcher.group(2);
      link.appendChild(
          new Text(label == null || label.isBlank() ? matcher.group(1) : label.strip()));
      parts.add(link);
      position = matcher.end();
    }
    if (parts.isEmpty()) {
      return;
    }
    parts.add(new Text(literal.substring(position)));
    parts.stream()
        .filter(p -> !(p instanceof Text t) || !t.getLiteral().isEmpty())
        .forEach(node::insertBefore);
    node.unlink();
  }

  private static void classifyLinks(Node node, String tagName, Map<String, String> attributes) {
    if (node instanceof Link link && link.getDestination().matches("/spaces/[^/]+/pages/.*")) {
      attributes.put("class", LINK_CLASS);
    }
  }
}
