package org.atrium.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Raises the request body limit of one endpoint (uploads, imports) above the default. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MaxBody {
  /** The name of the configured limit, resolved by {@link BodyLimitFilter}. */
  Kind value();

  /** The limits an endpoint can ask for. */
  enum Kind {
    IMPORT,
    /** A multipart file upload: the configured file size plus room for the parts' headers. */
    UPLOAD
  }
}
