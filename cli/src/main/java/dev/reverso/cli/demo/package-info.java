/** The simulation behind {@code reverso demo}: six months of a programme after the match, as journal events. */
package dev.reverso.cli.demo;
