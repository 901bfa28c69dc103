/**
 * The sentence encoder the {@code news} engine reads: all-MiniLM-L6-v2, run in-process by ONNX
 * Runtime. The only package that imports ONNX Runtime or langchain4j; it imports no other
 * dateline package.
 */
package org.dateline.annotate.embed;
