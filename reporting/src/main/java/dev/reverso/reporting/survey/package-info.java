/**
 * Survey answers into journal events: a survey tool's CSV export (Microsoft Forms, Google Forms, Qualtrics)
 * read through a {@code reverso/survey-mapping@1} mapping file ({@code docs/survey-import.md}).
 */
package dev.reverso.reporting.survey;
