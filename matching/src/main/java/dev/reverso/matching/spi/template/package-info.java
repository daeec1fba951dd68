/**
 * The shared strategy template: {@link dev.reverso.matching.spi.template.AbstractMatchingStrategy} does the
 * opening and closing of every match (options, deadline, progress, kept active and pinned pairs, consent,
 * explanations and unmatched reasons), so a strategy writes only its decision.
 */
package dev.reverso.matching.spi.template;
