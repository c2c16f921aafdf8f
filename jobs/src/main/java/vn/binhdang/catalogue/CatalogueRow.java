package vn.binhdang.catalogue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** One CSV record with typed accessors that fail with the file, line and column. */
final class CatalogueRow {
  private final String file;
  private final CSVRecord rec;
  final long line;

  CatalogueRow(String file, CSVRecord rec, long line) {
    this.file = file;
    this.rec = rec;
    this.line = line;
  }

  CatalogueException error(String column, String message) {
    return new CatalogueException(file + " line " + line + ": column " + column + " " + message);
  }

  CatalogueException fail(String message) {
    return new CatalogueException(file + " line " + line + ": " + message);
  }

  DqExpression expression(String column) {
    try {
      return DqExpression.parse(raw(column));
    } catch (IllegalArgumentException e) {
      throw error(column, e.getMessage());
    }
  }

  String raw(String column) {
    if (!rec.isMapped(column)) {
      throw new CatalogueException(file + ": the header lacks column " + column);
    }
    return rec.isSet(column) ? rec.get(column) : "";
  }

  String optional(String column) {
    String v = raw(column);
    return v.isBlank() ? null : v.strip();
  }

  String required(String column) {
    String v = optional(column);
    if (v == null) throw error(column, "is empty");
    return v;
  }

  double number(String column) {
    String v = required(column);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw error(column, "is '" + v + "', not a number (use a dot for decimals)");
    }
  }

  /** An ISO date (2025-07-01); null when the cell is empty or the header lacks the column. */
  java.time.LocalDate optionalDate(String column) {
    if (!rec.isMapped(column)) return null;
    String v = optional(column);
    if (v == null) return null;
    try {
      return java.time.LocalDate.parse(v);
    } catch (java.time.format.DateTimeParseException e) {
      throw error(column, "is '" + v + "', not a date; write it as YYYY-MM-DD (2025-07-01)");
    }
  }

  Double optionalNumber(String column) {
    return optional(column) == null ? null : number(column);
  }

  int integer(String column) {
    String v = required(column);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw error(column, "is '" + v + "', not a whole number");
    }
  }

  boolean bool(String column) {
    String v = required(column).toLowerCase(Locale.ROOT);
    if (v.equals("true")) return true;
    if (v.equals("false")) return false;
    throw error(column, "is '" + v + "'; use true or false");
  }

  <E extends Enum<E>> E enumValue(String column, Class<E> type) {
    String v = required(column);
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.stream(type.getEnumConstants())
          .map(c -> c.name().toLowerCase(Locale.ROOT))
          .reduce((a, b) -> a + ", " + b)
          .orElse("");
      throw error(column, "is '" + v + "'; use one of " + allowed);
    }
  }

  List<String> list(String column) {
    String v = optional(column);
    if (v == null) return List.of();
    return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  Set<Sex> sexes(String column) {
    Set<Sex> out = new LinkedHashSet<>();
    for (String s : list(column)) {
      Sex sex = Sex.parse(s);
      if (sex == null) throw error(column, "has '" + s + "'; use F, M and T separated by |");
      out.add(sex);
    }
    if (out.isEmpty()) throw error(column, "is empty");
    return out.size() == 3 ? EnumSet.allOf(Sex.class) : out;
  }

  MeasureRef measureRef(String column) {
    try {
      return MeasureRef.parse(required(column));
    } catch (IllegalArgumentException e) {
      throw error(column, e.getMessage());
    }
  }
}
