/**
 * Reverso's Jackson 2 module: {@link dev.reverso.jackson.ReversoJacksonModule}, found by
 * {@code ObjectMapper.findAndRegisterModules()} through the service loader.
 *
 * @provides com.fasterxml.jackson.databind.Module
 */
module dev.reverso.jackson {
  requires transitive dev.reverso.reporting;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports dev.reverso.jackson;

  provides com.fasterxml.jackson.databind.Module with dev.reverso.jackson.ReversoJacksonModule;
}
