package org.atrium.spaces;

import java.time.Instant;
import org.atrium.people.PersonRef;

/** A member of a space, with their role and since when. */
public record SpaceMember(PersonRef person, SpaceRole role, Instant since) {}
