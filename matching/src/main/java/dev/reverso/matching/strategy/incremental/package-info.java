/** The {@code incremental} strategy: keeps the running pairs and matches only the capacity left over. */
package dev.reverso.matching.strategy.incremental;
