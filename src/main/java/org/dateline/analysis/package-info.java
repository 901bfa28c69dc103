/**
 * Statistics computed once from finished, merged counts: keyness (Dunning's G², Hardie's Log
 * Ratio), Kleinberg bursts, NPMI and quanteda's collocation lambda. Every class here is a pure
 * function of its inputs, so a table computed from counts merged on any number of threads is the
 * same, bit for bit.
 */
package org.dateline.analysis;
