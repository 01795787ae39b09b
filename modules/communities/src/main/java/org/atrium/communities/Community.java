package org.atrium.communities;

import java.util.List;
import org.atrium.people.PersonRef;
import org.atrium.spaces.Space;

/** A community as one caller sees it: its space, what it is for, its rules, pins and experts. */
public record Community(
    Space space, String purpose, String rules, List<Pin> pins, List<PersonRef> experts) {}
