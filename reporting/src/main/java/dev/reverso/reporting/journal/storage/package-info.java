/**
 * Journal stores: the append-only JSON Lines {@link dev.reverso.reporting.journal.storage.FileJournal} (codec,
 * cross-process locks, recovery of a torn last line), its read-only
 * {@link dev.reverso.reporting.journal.storage.JournalReader}, and the
 * {@link dev.reverso.reporting.journal.storage.InMemoryJournal}.
 */
package dev.reverso.reporting.journal.storage;
