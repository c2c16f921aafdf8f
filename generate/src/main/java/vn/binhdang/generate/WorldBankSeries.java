package vn.binhdang.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Converts the World Bank's national series for Viet Nam (data/reference, as published) into the
 * published-series input format, following {@code worldbank-mapping.csv} (series code → indicator, sex,
 * multiplier). The values are real and kept as published, only rescaled (male births per female birth
 * × 100 = boys per 100 girls); series without a catalogue indicator, and years after the plan year
 * under review, are left out.
 */
public final class WorldBankSeries {
  private WorldBankSeries() {}

  public static final String DATA = "worldbank_vietnam_gender.csv";
  public static final String MAPPING = "worldbank-mapping.csv";
  public static final String OUTPUT = "published/worldbank-vnm.csv";
  static final String NATIONAL = "VN";

  private record Target(String indicator, String sex, BigDecimal multiplier) {}

  /** Writes {@code out/published/worldbank-vnm.csv} up to {@code lastYear}; returns the number of rows. */
  public static int write(Path referenceDir, Path out, int lastYear) {
    Map<String, Target> mapping = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    CSVFormat in = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(referenceDir.resolve(MAPPING), StandardCharsets.UTF_8)) {
      for (CSVRecord m : in.parse(r)) {
        mapping.put(m.get("wb_code"), new Target(m.get("indicator"), m.get("sex"), new BigDecimal(m.get("multiplier"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + referenceDir.resolve(MAPPING), e);
    }
    try (Reader r = Files.newBufferedReader(referenceDir.resolve(DATA), StandardCharsets.UTF_8)) {
      for (CSVRecord d : in.parse(r)) {
        Target t = mapping.get(d.get("indicator_code"));
        if (t == null || Integer.parseInt(d.get("year")) > lastYear) continue;
        BigDecimal value = new BigDecimal(d.get("value")).multiply(t.multiplier()).stripTrailingZeros();
        rows.add(new String[] {NATIONAL, d.get("year"), t.indicator(), t.sex(), value.toPlainString(), "", "",
            "World Bank, World Development Indicators (" + d.get("indicator_code") + "), CC BY 4.0"});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + referenceDir.resolve(DATA), e);
    }
    rows.sort(Comparator.<String[], String>comparing(a -> a[2]).thenComparing(a -> a[3]).thenComparing(a -> a[1]));
    Path file = out.resolve(OUTPUT);
    try {
      Files.createDirectories(file.getParent());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(w)) {
        p.printRecord("area_code", "year", "indicator", "sex", "value", "lower", "upper", "source");
        for (String[] row : rows) p.printRecord((Object[]) row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return rows.size();
  }
}
