package org.atrium.stream;

import java.util.List;

/** A status's thread: what it replies to (oldest first) and the replies below it. */
public record StatusContext(List<Status> ancestors, List<Status> descendants) {}
