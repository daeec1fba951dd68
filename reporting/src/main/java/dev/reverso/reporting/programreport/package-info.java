/** The aggregate programme report: metrics with the privacy rules applied, and its JSON, CSV, Markdown and HTML renderers. */
package dev.reverso.reporting.programreport;
