-- A migration from a later Reverso, for the test that an older jar refuses a newer schema.
ALTER TABLE reverso_journal_event ADD COLUMN future_note TEXT;
