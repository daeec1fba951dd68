/**
 * Not API (the module does not export it): the encoding of a programme and its scoring kernel, admissibility
 * and explanations ({@code EncodedProblem}), the built-in criteria on the encoding, candidate lists and the
 * compatibility matrix, and the machinery of the built-in strategies (score tables, the capacitated
 * assignment engine, result assembly with unmatched reasons). Public only so the other packages of this
 * module can reach it.
 */
package dev.reverso.matching.internal;
