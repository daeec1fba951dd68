/** Reverso's values in Jackson 2: one module that writes and reads them in their documented JSON shapes. */
package dev.reverso.jackson;
