-- Reverso relationship journal, schema version 1 (docs/journal-format.md, "The journal in a database").
-- Portable SQL for PostgreSQL and SQLite. Applied by Flyway from JdbcJournal.open; history table
-- reverso_journal_schema_history, so that it never mixes with an application's own Flyway history.

-- One row per recorded event. body is the event as one reverso/event@1 JSON object, exactly the line the
-- file journal writes (without its line end); the other columns repeat what the append rules look up.
-- event_day is the event's date as days since 1970-01-01 (a number, so that it orders right for any year).
CREATE TABLE reverso_journal_event (
  id         VARCHAR(128) NOT NULL PRIMARY KEY,
  seq        BIGINT       NOT NULL UNIQUE,
  type       VARCHAR(32)  NOT NULL
             CHECK (type IN ('session-held', 'session-cancelled', 'feedback', 'pair-closed')),
  mentor     VARCHAR(128) NOT NULL,
  mentee     VARCHAR(128) NOT NULL,
  event_day  BIGINT       NOT NULL,
  body       TEXT         NOT NULL
);

-- The rules look up a pair's latest date and its close.
CREATE INDEX reverso_journal_event_pair ON reverso_journal_event (mentor, mentee, event_day);
CREATE INDEX reverso_journal_event_close ON reverso_journal_event (mentor, mentee) WHERE type = 'pair-closed';

-- A single row that every append updates first: the row lock (PostgreSQL) or the write lock (SQLite)
-- serialises appends from every process, and last_seq numbers events in the order they were recorded.
CREATE TABLE reverso_journal_head (
  id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  last_seq BIGINT  NOT NULL
);

INSERT INTO reverso_journal_head (id, last_seq) VALUES (1, 0);
