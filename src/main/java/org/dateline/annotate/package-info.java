/**
 * The annotator's contract: the {@link org.dateline.annotate.Annotator} interface, the layers
 * and profiles a run asks for ({@link org.dateline.annotate.AnnotatorSettings}), and what works
 * over any annotator (long texts in pieces, models loaded in the background).
 *
 * <p>Imports only {@code org.dateline.model} and the JDK. The implementations live in the
 * subpackages ({@code corenlp}, {@code sentiment}, {@code cache}); nothing here names them, so
 * every other package can annotate through the interface and tests can pass fakes.
 */
package org.dateline.annotate;
