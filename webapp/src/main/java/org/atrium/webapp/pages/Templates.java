package org.atrium.webapp.pages;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders mustache templates from {@code templates/} on the classpath. Every template sees the
 * page's own model plus {@code t}, the user-facing strings of {@code i18n/pages}. Mustache's {@code
 * {{ }}} escapes HTML text; values for attributes other than text go through the encoder.
 */
public final class Templates {

  private final MustacheFactory factory = new DefaultMustacheFactory("templates");
  private final Map<String, String> strings = strings();

  public String render(String template, Map<String, Object> model) {
    Mustache mustache = factory.compile(template + ".mustache");
    Map<String, Object> scope = new HashMap<>(model);
    scope.put("t", strings);
    StringWriter out = new StringWriter();
    mustache.execute(out, scope);
    return out.toString();
  }

  /**
   * The string {@code key} with {@code args} filled in. Strings that take arguments are {@link
   * MessageFormat} patterns, so they can choose plural forms; a straight quote there must be
   * doubled.
   */
  public String text(String key, Object... args) {
    String pattern = strings.get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no string '" + key + "' in i18n/pages");
    }
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /** Whether the bundle has a string {@code key}. */
  public boolean has(String key) {
    return strings.containsKey(key);
  }

  private static Map<String, String> strings() {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.pages", Locale.ROOT);
    Map<String, String> strings = new HashMap<>();
    bundle.keySet().forEach(key -> strings.put(key, bundle.getString(key)));
    return Collections.unmodifiableMap(strings);
  }
}
