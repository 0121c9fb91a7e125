package eu.od4growth.assessment.benchmark.application;

import java.util.UUID;

import eu.od4growth.assessment.benchmark.model.Benchmark;

/** A benchmark with its scope (a campaign, or a model's campaigns) and the caller's position, if it took part. */
public record BenchmarkAnswer(UUID campaign, UUID model, String modelCode, Benchmark.Result result, Position own) {
}
