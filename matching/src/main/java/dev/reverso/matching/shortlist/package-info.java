/** Fair-exposure shortlists: k admissible suggestions per person, nobody suggested too often. */
package dev.reverso.matching.shortlist;
