/**
 * Reverso's reporting: the relationship journal (events and the {@code Journal} SPI in
 * {@code dev.reverso.reporting.journal}, file and in-memory stores in {@code .journal.storage}), metrics,
 * the match and programme reports and their renderers, privacy helpers, the scoring-model file codec and the
 * weight advisor. The rendering helpers ({@code dev.reverso.reporting.render}) are not exported.
 */
module dev.reverso.reporting {
  requires transitive dev.reverso.core;
  requires transitive dev.reverso.matching;
  requires transitive com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports dev.reverso.reporting;
  exports dev.reverso.reporting.advisor;
  exports dev.reverso.reporting.group;
  exports dev.reverso.reporting.i18n;
  exports dev.reverso.reporting.journal;
  exports dev.reverso.reporting.journal.storage;
  exports dev.reverso.reporting.match;
  exports dev.reverso.reporting.metrics;
  exports dev.reverso.reporting.privacy;
  exports dev.reverso.reporting.programreport;
  exports dev.reverso.reporting.scoring;
  exports dev.reverso.reporting.shortlist;
  exports dev.reverso.reporting.survey;
}
