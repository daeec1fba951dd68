/** The {@code fair} strategy: as many pairs as possible, then the best worst pair, then the best total. */
package dev.reverso.matching.strategy.fair;
