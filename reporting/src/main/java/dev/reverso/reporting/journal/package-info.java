/**
 * The relationship journal's events and SPI: the records a user builds (sessions held and cancelled,
 * feedback, pair closes), the {@link dev.reverso.reporting.journal.Journal} interface a store implements, and
 * the {@link dev.reverso.reporting.journal.JournalRules} every store applies. The file and in-memory stores
 * live in {@code dev.reverso.reporting.journal.storage}.
 */
package dev.reverso.reporting.journal;
