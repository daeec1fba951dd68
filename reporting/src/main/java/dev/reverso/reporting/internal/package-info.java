/** Not API (the module does not export it): writing report and codec files safely, shared by the other packages. */
package dev.reverso.reporting.internal;
