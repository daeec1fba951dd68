/**
 * The built-in hard constraints: {@link dev.reverso.matching.constraint.Constraints} is the factory, one
 * package-private file per rule.
 */
package dev.reverso.matching.constraint;
