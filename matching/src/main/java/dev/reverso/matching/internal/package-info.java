/**
 * Machinery shared by the built-in strategies (score tables, the capacitated assignment engine, result
 * assembly with unmatched reasons); public only so the strategy packages can reach it, not an API.
 */
package dev.reverso.matching.internal;
