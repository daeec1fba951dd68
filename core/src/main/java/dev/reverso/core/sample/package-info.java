/** A generator of realistic, deterministic sample organisations for tests, benchmarks and the demo. */
package dev.reverso.core.sample;
