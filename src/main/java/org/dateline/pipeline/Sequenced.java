package org.dateline.pipeline;

import java.io.Serializable;

/**
 * A value with the sequence number of the record it came from: records and problems are
 * numbered as they are read, and sorting by the number restores input order however the work
 * was shared out.
 */
public record Sequenced<T>(long seq, T value) implements Serializable {}
