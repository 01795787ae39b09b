package org.atrium.webapp.pages;

import java.util.Locale;
import org.atrium.files.FileVersion;
import org.atrium.files.StoredFile;

/**
 * A file or a version as the files pages list it: its name linking to the download, its type, a
 * readable size and who uploaded it when.
 */
record FileView(
    String name,
    String href,
    String downloadHref,
    String thumbnailHref,
    String type,
    String size,
    int version,
    String versionsLabel,
    String uploader,
    String uploaderHref,
    TimeView at) {

  static FileView of(StoredFile f, TimeView.Clock clock, Templates t) {
    return new FileView(
        f.name(),
        Links.space(f.space(), FilesPage.FILES + "/" + f.id()),
        "/api/v1/files/" + f.id() + "/content",
        f.hasThumbnail() ? "/api/v1/files/" + f.id() + "/thumbnail" : null,
        f.contentType(),
        size(f.size()),
        f.version(),
        t.text("files_versions_count", f.version()),
        f.updatedBy().displayName(),
        Links.profile(f.updatedBy().username()),
        TimeView.of(f.updatedAt(), clock));
  }

  static FileView of(long fileId, FileVersion v, TimeView.Clock clock, Templates t) {
    return new FileView(
        t.text("files_version", v.number()),
        null,
        "/api/v1/files/" + fileId + "/versions/" + v.number() + "/content",
        null,
        v.contentType(),
        size(v.size()),
        v.number(),
        null,
        v.uploadedBy().displayName(),
        Links.profile(v.uploadedBy().username()),
        TimeView.of(v.createdAt(), clock));
  }

  /**
   * {@code 512 bytes}, {@code 1.5 KB}, {@code 12.3 MB}, in units of 1,024 like the upload limit, so
   * a file the page calls 50 MB fits a 50 MB limit.
   */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
