package org.atrium.communities;

import java.time.Instant;
import org.atrium.people.PersonRef;

/** Someone a question was routed to, in which round, why, and whether they declined. */
public record RoutedExpert(
    PersonRef person, String why, int round, Instant routedAt, boolean declined) {}
