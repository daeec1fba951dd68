/** Building blocks shared by every report renderer: CSV, Markdown, self-contained HTML with SVG charts, numbers. */
package dev.reverso.reporting.render;
