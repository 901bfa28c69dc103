/**
 * Near-duplicate detection: word shingles of a record's cleaned text, MinHash signatures with a
 * fixed seed, locality-sensitive hashing (bands of the signature) to find candidate pairs, the
 * candidates confirmed by their estimated Jaccard similarity or containment and by the
 * containment of their names (capitalised words, numbers), and clusters as the connected
 * components of the confirmed pairs. A signature is a few hundred bytes and can be made wherever
 * the text is (a reading thread, a Spark executor); clustering happens on one thread, in input
 * order, so the clusters and the record kept in each do not depend on how the work was shared.
 *
 * <p>May import {@code org.dateline.model} and the JDK only.
 */
package org.dateline.clean.near;
