/**
 * Reverso's domain model: participants, programmes, org chart, skill taxonomy and validation
 * ({@code dev.reverso.core}), reading and writing programme files ({@code dev.reverso.core.io}) and the
 * synthetic-organisation generator ({@code dev.reverso.core.sample}).
 */
module dev.reverso.core {
  requires transitive com.google.common;
  requires com.fasterxml.jackson.core;

  exports dev.reverso.core;
  exports dev.reverso.core.io;
  exports dev.reverso.core.sample;
}
