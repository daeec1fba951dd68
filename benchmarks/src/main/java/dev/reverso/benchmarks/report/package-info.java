/** Turns JMH and scipy result files into the Markdown table {@code benchmarks/results/latest.md}. */
package dev.reverso.benchmarks.report;
