package org.atrium.communities;

import java.util.List;

/** New purpose, rules and pins of a community; a null field stays as it is. */
public record CommunityChanges(String purpose, String rules, List<Pin> pins) {}
