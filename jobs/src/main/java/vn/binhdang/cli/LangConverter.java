package vn.binhdang.cli;

import picocli.CommandLine;
import vn.binhdang.charts.Lang;

/** "vi" or "en" → {@link Lang}, with a clear message otherwise. */
final class LangConverter implements CommandLine.ITypeConverter<Lang> {
  @Override
  public Lang convert(String value) {
    try {
      return Lang.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("language must be vi or en, not '" + value + "'");
    }
  }
}
