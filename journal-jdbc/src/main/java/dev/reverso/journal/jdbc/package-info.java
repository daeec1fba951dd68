/**
 * The relationship journal in a relational database: {@link dev.reverso.journal.jdbc.JdbcJournal} on
 * PostgreSQL or SQLite, with its schema managed by Flyway migrations shipped in this jar.
 */
package dev.reverso.journal.jdbc;
