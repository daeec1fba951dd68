/** The relationship journal: what happens to each mentoring pair after the match, recorded as events. */
package dev.reverso.reporting.journal;
