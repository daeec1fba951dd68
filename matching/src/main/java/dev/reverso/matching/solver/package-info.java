/**
 * Exact combinatorial solvers on primitive arrays (assignment, stable matching, bottleneck and
 * maximum-cardinality matching), public so that custom strategies can reuse them.
 */
package dev.reverso.matching.solver;
