/** Adapters that run the peer libraries (OR-tools, JGraphT, scipy) on our inputs and check their optimum against ours. */
package dev.reverso.benchmarks.peers;
