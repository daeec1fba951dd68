/** The {@code stable} strategy: deferred acceptance, so that no mentor and mentee would both rather pair up. */
package dev.reverso.matching.strategy.stable;
