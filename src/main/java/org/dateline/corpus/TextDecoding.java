package org.dateline.corpus;

import java.nio.file.Path;

/** File-name helpers shared by the loaders. */
final class TextDecoding {

  private TextDecoding() {}

  /** The last element of a path, for article ids that do not depend on where a corpus lives. */
  static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
