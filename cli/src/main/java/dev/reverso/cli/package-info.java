/** The {@code reverso} command-line tool. */
package dev.reverso.cli;
