/**
 * Scoring: {@link dev.reverso.matching.score.ScoringModel} (weighted criteria) and
 * {@link dev.reverso.matching.score.Criteria}, the built-in criteria with their ids and settings.
 */
package dev.reverso.matching.score;
