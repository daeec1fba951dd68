/** The reverse-mentoring domain: participants, learning goals, the org chart, the skill taxonomy and programmes. */
package dev.reverso.core;
