/** The {@code greedy} strategy: best pairs first within capacities, a fast ½-approximation of optimal. */
package dev.reverso.matching.strategy.greedy;
