-- Reverso relationship journal, schema version 2: the group formats' two event types (circle-session-held,
-- circle-feedback) join the type check. Portable SQL for PostgreSQL and SQLite; SQLite cannot change a CHECK
-- in place, so the table is rebuilt (same columns, same rows, same indexes).

CREATE TABLE reverso_journal_event_v2 (
  id         VARCHAR(128) NOT NULL PRIMARY KEY,
  seq        BIGINT       NOT NULL UNIQUE,
  type       VARCHAR(32)  NOT NULL
             CHECK (type IN ('session-held', 'session-cancelled', 'feedback', 'pair-closed',
                             'circle-session-held', 'circle-feedback')),
  mentor     VARCHAR(128) NOT NULL,
  mentee     VARCHAR(128) NOT NULL,
  event_day  BIGINT       NOT NULL,
  body       TEXT         NOT NULL
);

INSERT INTO reverso_journal_event_v2 (id, seq, type, mentor, mentee, event_day, body)
  SELECT id, seq, type, mentor, mentee, event_day, body FROM reverso_journal_event;

DROP TABLE reverso_journal_event;
ALTER TABLE reverso_journal_event_v2 RENAME TO reverso_journal_event;

CREATE INDEX reverso_journal_event_pair ON reverso_journal_event (mentor, mentee, event_day);
CREATE INDEX reverso_journal_event_close ON reverso_journal_event (mentor, mentee) WHERE type = 'pair-closed';
