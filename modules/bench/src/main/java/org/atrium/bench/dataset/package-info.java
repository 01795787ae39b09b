/**
 * The benchmark datasets: {@link org.atrium.bench.dataset.Tier tiers} of a fixed size, generated
 * deterministically part by part ({@link org.atrium.bench.dataset.DatasetPart}) and written through
 * Atrium's own write paths, never straight into tables the services do not own. People go through
 * {@code OrgLoader}, the bulk path the demo uses; later capabilities add their parts after them.
 */
package org.atrium.bench.dataset;
