/**
 * Files for the group formats: {@code circles.json}, {@code circles.csv} and {@code circles-report.html} for
 * circles, {@code board.json} and {@code board-report.html} for the shadow board ({@code docs/groups.md}).
 */
package dev.reverso.reporting.group;
