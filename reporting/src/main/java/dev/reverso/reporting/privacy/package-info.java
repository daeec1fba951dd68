/** Privacy rules for published reports: small-group suppression with complementary cells and keyed pair pseudonyms. */
package dev.reverso.reporting.privacy;
