package org.atrium.wiki.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atrium.platform.error.BadRequest;
import org.atrium.platform.error.PreconditionRequired;
import org.atrium.wiki.SaveCondition;

/**
 * A page's {@code ETag} is its revision number; a save names the revision it was based on with
 * {@code If-Match}, or that it creates the page with {@code If-None-Match: *}. A save with neither
 * could overwrite an edit its author never saw, so it is refused (428).
 */
final class Preconditions {

  private static final Pattern REVISION_TAG = Pattern.compile("\"([1-9][0-9]{0,8})\"");

  private Preconditions() {}

  static EntityTag etag(int revision) {
    return new EntityTag(Integer.toString(revision));
  }

  static SaveCondition of(String ifMatch, String ifNoneMatch) {
    if (ifMatch != null && ifNoneMatch != null) {
      throw new BadRequest(
          "send If-Match to update a page or If-None-Match: * to create one, not both");
    }
    if (ifNoneMatch != null) {
      if (!ifNoneMatch.strip().equals("*")) {
        throw new BadRequest(
            "only If-None-Match: * (create the page if there is none) is understood here");
      }
      return new SaveCondition.NewPage();
    }
    if (ifMatch == null) {
      throw new PreconditionRequired(
          "say which revision you edited with If-Match: \"<revision>\" (the ETag you read),"
              + " or create the page with If-None-Match: *");
    }
    Matcher tag = REVISION_TAG.matcher(ifMatch.strip());
    if (!tag.matches()) {
      throw new BadRequest(
          "If-Match must be the one ETag of the revision you edited, such as \"3\"");
    }
    return new SaveCondition.AtRevision(Integer.parseInt(tag.group(1)));
  }
}
