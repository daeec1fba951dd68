/** Saving and loading scoring models as {@code reverso/scoring@1} JSON files. */
package dev.reverso.reporting.scoring;
