package org.dateline.cli;

import java.time.LocalDate;
import org.dateline.corpus.DateParser;
import picocli.CommandLine;

/** Reads a date option ({@code --date}) with a message naming the value and the form it needs. */
final class DateOption implements CommandLine.ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      return DateParser.parseOption(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
