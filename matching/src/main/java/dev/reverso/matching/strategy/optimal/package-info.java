/** The {@code optimal} strategy: maximum total score with capacities, by exact assignment solvers. */
package dev.reverso.matching.strategy.optimal;
