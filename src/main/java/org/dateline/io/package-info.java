/**
 * Small file and digest helpers shared by every layer: the program's one list-file format
 * ({@link org.dateline.io.ListFile}) and its one digest ({@link org.dateline.io.Sha256}).
 *
 * <p>Imports only the Java platform, so any package may use it.
 */
package org.dateline.io;
