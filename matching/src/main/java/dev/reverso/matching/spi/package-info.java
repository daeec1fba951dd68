/** Extension points of matching: scoring criteria and hard constraints that users can plug in. */
package dev.reverso.matching.spi;
