/** JMH benchmarks of the matching core, with peer libraries timed in the same run. */
package dev.reverso.benchmarks;
