/**
 * Not API (the module does not export it): building blocks shared by every report renderer — CSV, Markdown,
 * self-contained HTML with SVG charts, numbers. The renderer interface users see is
 * {@link dev.reverso.reporting.ReportRenderer}.
 */
package dev.reverso.reporting.render;
