/**
 * The values the front door and the strategy SPI both speak: match results, pairings with their
 * explanations, unmatched participants and reasons, statistics, options, progress and the exceptions.
 */
package dev.reverso.matching.result;
