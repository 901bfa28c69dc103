package org.dateline.eval;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The fixed division of the shared development sets into a training part and a held-out part
 * for the {@code news} engine: a text is held out when the CRC-32 of its UTF-8 bytes is a
 * multiple of 5, about every fifth text. The split goes by the text, not by the item, so every
 * copy of a sentence (NewsMTSC gives one item per target, and a few sentences occur twice)
 * lies on the same side, and an item's side never depends on the file's order.
 */
public enum Split {
  /** Every item. */
  ALL,
  /** Items whose text is not held out: what the {@code news} engine is trained on. */
  TRAIN,
  /** Items whose text is held out: never seen in training or tuning. */
  HELDOUT;

  /** The number of parts the hash divides texts into; one is held out. */
  public static final int PARTS = 5;

  /** Whether the text is held out. */
  public static boolean heldOut(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % PARTS == 0;
  }

  /** Whether an item with this text belongs to this split. */
  public boolean contains(String text) {
    return switch (this) {
      case ALL -> true;
      case TRAIN -> !heldOut(text);
      case HELDOUT -> heldOut(text);
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
