-- Reverso relationship journal, schema version 3: retractions. An event-retracted row takes back an earlier event
-- of its pair; its retracts column holds that event's id (NULL for every other type), indexed, so that the append
-- rules leave retracted events out of a pair's latest date and close with one index look-up. Portable SQL for
-- PostgreSQL and SQLite; SQLite cannot change a CHECK in place, so the table is rebuilt (same rows, same indexes).

CREATE TABLE reverso_journal_event_v3 (
  id         VARCHAR(128) NOT NULL PRIMARY KEY,
  seq        BIGINT       NOT NULL UNIQUE,
  type       VARCHAR(32)  NOT NULL
             CHECK (type IN ('session-held', 'session-cancelled', 'feedback', 'pair-closed',
                             'circle-session-held', 'circle-feedback', 'event-retracted')),
  mentor     VARCHAR(128) NOT NULL,
  mentee     VARCHAR(128) NOT NULL,
  event_day  BIGINT       NOT NULL,
  body       TEXT         NOT NULL,
  retracts   VARCHAR(128) NULL UNIQUE,
  CHECK ((type = 'event-retracted') = (retracts IS NOT NULL))
);

INSERT INTO reverso_journal_event_v3 (id, seq, type, mentor, mentee, event_day, body, retracts)
  SELECT id, seq, type, mentor, mentee, event_day, body, NULL FROM reverso_journal_event;

DROP TABLE reverso_journal_event;
ALTER TABLE reverso_journal_event_v3 RENAME TO reverso_journal_event;

CREATE INDEX reverso_journal_event_pair ON reverso_journal_event (mentor, mentee, event_day);
CREATE INDEX reverso_journal_event_close ON reverso_journal_event (mentor, mentee) WHERE type = 'pair-closed';
