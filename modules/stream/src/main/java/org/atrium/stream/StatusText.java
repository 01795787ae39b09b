package org.atrium.stream;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The text of a post: CommonMark with autolinks and strikethrough, {@code @mentions} of people and
 * {@code #hashtags} turned into links, images of uploaded files, rendered to HTML that is sanitised
 * after rendering (raw HTML is escaped first, and whatever gets through is removed by an
 * allow-list).
 */
public final class StatusText {

  /** The longest post, in UTF-16 code units as Java and browsers count them. */
  public static final int MAX_LENGTH = 5000;

  private static final Pattern MENTION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_@/.])@([a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG =
      Pattern.compile("(?<![\\p{L}\\p{N}_#/&])#([\\p{L}\\p{N}_]{1,100})");

  /**
   * Images show only when they are files uploaded here ({@code ![chart](/api/v1/files/7/content)}):
   * the reader's own access decides whether each loads, and no outside server learns who read.
   */
  private static final Pattern FILE_IMAGE =
      Pattern.compile("/api/v1/files/[0-9]{1,19}/(content|thumbnail)");

  private static final List<Extension> EXTENSIONS =
      List.of(AutolinkExtension.create(), StrikethroughExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .attributeProviderFactory(context -> StatusText::classifyLinks)
          .build();
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a")
          .allowElements(StatusText::onlyWithSource, "img")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("class")
          .matching(Pattern.compile("mention|hashtag"))
          .onElements("a")
          .allowAttributes("src")
          .matching(FILE_IMAGE)
          .onElements("img")
          .allowAttributes("alt", "title")
          .onElements("img")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .toFactory();

  private StatusText() {}

  /** Keeps an image only while its source survived the allow-list: no empty placeholders. */
  private static String onlyWithSource(String element, List<String> attributes) {
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals("src")) {
        return element;
      }
    }
    return null;
  }

  /** The usernames mentioned, in order of first appearance, lower-cased. */
  public static Set<String> mentions(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = MENTION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1).toLowerCase(Locale.ROOT));
    }
    return found;
  }

  /** The hashtags used, in order of first appearance, lower-cased, without the {@code #}. */
  public static Set<String> tags(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = TAG.matcher(text);
    while (matcher.find()) {
      if (isTag(matcher.group(1))) {
        found.add(normaliseTag(matcher.group(1)));
      }
    }
    return found;
  }

  /** The canonical form of a tag name, as stored and as used in URLs. */
  public static String normaliseTag(String tag) {
    return tag.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code name} can be a tag: letters, digits and underscores, at least one letter. */
  public static boolean isTag(String name) {
    return name.matches("[\\p{L}\\p{N}_]{1,100}")
        && name.codePoints().anyMatch(Character::isLetter);
  }

  /** Safe HTML for {@code text}; {@code isPerson} says which mentioned usernames exist. */
  public static String render(String text, Predicate<String> isPerson) {
    Node document = PARSER.parse(text);
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
    texts.forEach(node -> linkify(node, isPerson));
    return POLICY.sanitize(RENDERER.render(document)).trim();
  }

  private static void linkify(Text node, Predicate<String> isPerson) {
    String literal = node.getLiteral();
    Matcher mention = MENTION.matcher(literal);
    Matcher tag = TAG.matcher(literal);
    List<Node> parts = new ArrayList<>();
    int position = 0;
    while (true) {
      boolean hasMention = mention.find(position);
      boolean hasTag = tag.find(position);
      if (!hasMention && !hasTag) {
        break;
      }
      boolean useMention = hasMention && (!hasTag || mention.start() < tag.start());
      Matcher match = useMention ? mention : tag;
      String name = match.group(1);
      boolean linked = useMention ? isPerson.test(name.toLowerCase(Locale.ROOT)) : isTag(name);
      if (linked) {
        parts.add(new Text(literal.substring(position, match.start())));
        parts.add(useMention ? mentionLink(name) : tagLink(name));
      } else {
        parts.add(new Text(literal.substring(position, match.end())));
      }
      position = match.end();
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

  private static void classifyLinks(
      Node node, String tagName, java.util.Map<String, String> attributes) {
    if (node instanceof Link link) {
      if (link.getDestination().startsWith("/people/")) {
        attributes.put("class", "mention");
      } else if (link.getDestination().startsWith("/tags/")) {
        attributes.put("class", "hashtag");
      }
    }
  }

  private static Link mentionLink(String username) {
    Link link = new Link("/people/" + username.toLowerCase(Locale.ROOT), null);
    link.appendChild(new Text("@" + username));
    return link;
  }

  private static Link tagLink(String tag) {
    Link link = new Link("/tags/" + normaliseTag(tag), null);
    link.appendChild(new Text("#" + tag));
    return link;
  }
}
