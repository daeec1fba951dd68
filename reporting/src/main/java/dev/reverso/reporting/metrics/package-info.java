/** Metrics computed by replaying a relationship journal: per pair (cadence, ratings, reciprocity, goal closure, health) and per programme (the three Rs, NPS, coverage). */
package dev.reverso.reporting.metrics;
