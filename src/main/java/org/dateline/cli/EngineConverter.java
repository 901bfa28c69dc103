package org.dateline.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dateline.model.SentimentEngineId;
import picocli.CommandLine;

/** Reads a sentiment engine name in any case: {@code vader}, {@code VADER}. */
final class EngineConverter implements CommandLine.ITypeConverter<SentimentEngineId> {
  @Override
  public SentimentEngineId convert(String value) {
    try {
      return SentimentEngineId.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("unknown sentiment engine '" + value + "'; use "
          + Arrays.stream(SentimentEngineId.values()).map(SentimentEngineId::label).collect(Collectors.joining(" or "))
          + " (several separated by commas)");
    }
  }
}
