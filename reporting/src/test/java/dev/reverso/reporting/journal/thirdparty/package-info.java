/** A journal written the way a third party would, against Reverso's public journal API only. */
package dev.reverso.reporting.journal.thirdparty;
