/** Learning scoring weights from how matched pairs actually went, and suggesting a model for the next cohort. */
package dev.reverso.reporting.advisor;
