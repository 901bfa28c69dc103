/**
 * Sentence vectors for the {@code news} engine: the contract ({@link
 * org.dateline.annotate.embed.SentenceVectors}) that the engine is given, and its one real
 * implementation, a pretrained encoder run by ONNX Runtime.
 *
 * <p>The only package that imports ONNX Runtime ({@code ai.onnxruntime}) or langchain4j
 * ({@code dev.langchain4j}); of dateline it imports only {@code org.dateline.io}. Everything
 * else sees the interface, so code and tests that are given another implementation never load
 * the runtime.
 */
package org.dateline.annotate.embed;
