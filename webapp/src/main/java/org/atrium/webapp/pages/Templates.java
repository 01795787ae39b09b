package org.atrium.webapp.pages;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
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

  private static Map<String, String> strings() {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.pages", Locale.ROOT);
    Map<String, String> strings = new HashMap<>();
    bundle.keySet().forEach(key -> strings.put(key, bundle.getString(key)));
    return Collections.unmodifiableMap(strings);
  }
}
