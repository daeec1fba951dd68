/** What happens after a match: the relationship journal, programme metrics and reports. */
package dev.reverso.reporting;
