/** The files of {@code reverso shortlist}: {@code shortlists.json} and {@code shortlists.csv}. */
package dev.reverso.reporting.shortlist;
