/**
 * Extension points of matching: scoring criteria, hard constraints and matching strategies that users can
 * plug in.
 */
package dev.reverso.matching.spi;
