/** Match results as files and reports: the {@code matches.json} codec, the match report and its renderers. */
package dev.reverso.reporting.match;
