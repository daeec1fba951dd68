/**
 * The front door of matching: {@link dev.reverso.matching.Matcher} and its builder, the strategy registry
 * {@link dev.reverso.matching.MatchingStrategies} and {@link dev.reverso.matching.MatchingProblems}, which
 * encodes a programme for a strategy.
 */
package dev.reverso.matching;
