package org.atrium.bench.load;

/**
 * What one measurement saw: completed requests per second and latency percentiles in milliseconds.
 * {@code firstError} describes the first failure, if any.
 */
public record LoadResult(
    String workload,
    int clients,
    long requests,
    long errors,
    double throughput,
    double p50,
    double p95,
    double p99,
    double max,
    String firstError) {}
