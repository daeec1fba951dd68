/** Matching mentors to mentees: problem encoding, scoring, constraints, explanations and strategies. */
package dev.reverso.matching;
