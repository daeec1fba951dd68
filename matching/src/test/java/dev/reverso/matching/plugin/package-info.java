/** Test plug-in strategies, registered through the test {@code META-INF/services} file. */
package dev.reverso.matching.plugin;
