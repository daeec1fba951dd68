/** Benchmark inputs built from fixed seeds: uniform random matrices and sample organisations. */
package dev.reverso.benchmarks.data;
