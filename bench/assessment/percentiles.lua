-- wrk reporter: p50/p95/p99 of the latency in microseconds, and the rate.
done = function(summary, latency, requests)
  io.write(string.format("n=%d  p50 %d µs  p95 %d µs  p99 %d µs  max %d µs  %.0f req/s  errors %d\n",
    summary.requests, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
