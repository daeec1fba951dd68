/** One-shot timing runs for sizes too large to repeat in JMH. */
package dev.reverso.benchmarks.scale;
