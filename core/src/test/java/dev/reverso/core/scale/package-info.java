/** Tests of programme-scale building: many people and active pairs under a small heap. */
package dev.reverso.core.scale;
