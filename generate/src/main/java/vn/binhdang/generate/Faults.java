package vn.binhdang.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans and plants the sample's faults. Placement is fixed relative to the run (the n-th commune, so
 * many years before the last), so the default sample always holds the same seven faults in the same
 * places, and any other run holds the same kinds, wherever its communes and years allow.
 */
final class Faults {
  private Faults() {}

  /** Where one fault goes: the unit's report of one year. */
  record Placement(FaultKind kind, String unitCode, int year) {}

  /** A planted fault's rows before line numbers are known (rows are found again by identity). */
  private record Pending(FaultKind kind, boolean wholeFile, List<ReportRow> touched, List<ReportRow> rejected,
      String description) {
    Pending(FaultKind kind, List<ReportRow> touched, List<ReportRow> rejected, String description) {
      this(kind, false, touched, rejected, description);
    }
  }

  static final String LATE_DAY = "-12-18";
  static final String MISSPELT = "schools_gender_curiculum";

  /**
   * The default placement, by commune index in file order and years before the last. For Kon Rẫy:
   * late 2023/23494, missing Q3 2023/23497, typo 2021/23491, duplicate 2020/614, misspelt measure
   * 2019/23482, F + M ≠ T 2018/23488, area by name 2016/23482.
   */
  static List<Placement> plan(List<CommuneProfile> communes, String districtCode, int fromYear, int toYear) {
    List<Placement> out = new ArrayList<>();
    out.add(at(FaultKind.LATE_REPORT, communes, 5, fromYear, toYear, 0));
    out.add(at(FaultKind.MISSING_QUARTER, communes, 6, fromYear, toYear, 0));
    out.add(at(FaultKind.VALUE_TYPO, communes, 4, fromYear, toYear, 2));
    out.add(new Placement(FaultKind.DUPLICATE_LINE, districtCode, Math.max(fromYear, toYear - 3)));
    out.add(at(FaultKind.MISSPELT_MEASURE, communes, 1, fromYear, toYear, 4));
    out.add(at(FaultKind.SEX_TOTAL_MISMATCH, communes, 3, fromYear, toYear, 5));
    out.add(at(FaultKind.AREA_BY_NAME, communes, 1, fromYear, toYear, 7));
    return out;
  }

  private static Placement at(FaultKind kind, List<CommuneProfile> communes, int index, int from, int to, int back) {
    return new Placement(kind, communes.get(index % communes.size()).code(), Math.max(from, to - back));
  }

  /**
   * Plants the faults placed in this report, in plan order, and returns them with their final line
   * numbers. {@code unitName} is the unit's official name, for the variant spelling.
   */
  static List<PlantedFault> plant(List<Placement> plan, Report report, String unitName) {
    List<Pending> pending = new ArrayList<>();
    // whole-file faults first: they rewrite every row, which would lose the rows other faults point at
    for (boolean wholeFile : new boolean[] {true, false}) {
      for (Placement p : plan) {
        if (p.unitCode().equals(report.unitCode()) && p.year() == report.year() && isWholeFile(p.kind()) == wholeFile) {
          pending.add(plant(p.kind(), report.rows(), report.year(), unitName));
        }
      }
    }
    List<PlantedFault> out = new ArrayList<>();
    for (Pending p : pending) {
      List<Long> touched = p.wholeFile() ? allLines(report) : lines(report, p.touched());
      out.add(new PlantedFault(report.file(), p.kind(), touched, lines(report, p.rejected()), p.kind().rule(),
          p.description()));
    }
    return out;
  }

  private static boolean isWholeFile(FaultKind kind) {
    return kind == FaultKind.LATE_REPORT || kind == FaultKind.AREA_BY_NAME;
  }

  private static List<Long> allLines(Report report) {
    List<Long> all = new ArrayList<>(report.rows().size());
    for (long line = 2; line < report.rows().size() + 2; line++) all.add(line);
    return all;
  }

  private static List<Long> lines(Report report, List<ReportRow> rows) {
    return rows.stream().map(report::lineOf).sorted().toList();
  }

  private static Pending plant(FaultKind kind, List<ReportRow> rows, int year, String unitName) {
    switch (kind) {
      case LATE_REPORT: {
        String date = year + LATE_DAY;
        rows.replaceAll(r -> r.withSubmittedOn(date));
        return new Pending(kind, true, List.of(), List.of(),
            "report submitted on " + date + ", after the 10 December deadline");
      }
      case MISSING_QUARTER: {
        int i = find(rows, "ge_news_items", "Q3", "T");
        rows.remove(i);
        return new Pending(kind, List.of(), List.of(),
            "no ge_news_items row for Q3 (Q2 and Q4 are there): the quarter was not reported");
      }
      case VALUE_TYPO: {
        int i = find(rows, "women_15_19", "Y", "T");
        String typed = typo(rows.get(i).value());
        String was = rows.get(i).value();
        rows.set(i, rows.get(i).withValue(typed));
        return new Pending(kind, List.of(rows.get(i)), List.of(rows.get(i)),
            "women_15_19 typed as '" + typed + "' (a letter for a digit; meant " + was + ")");
      }
      case MISSPELT_MEASURE: {
        int i = find(rows, "schools_gender_curriculum", "Y", "T");
        rows.set(i, rows.get(i).withMeasure(MISSPELT));
        return new Pending(kind, List.of(rows.get(i)), List.of(rows.get(i)),
            "measure written '" + MISSPELT + "' (for schools_gender_curriculum)");
      }
      case SEX_TOTAL_MISMATCH: {
        int f = find(rows, "employed_agri", "Y", "F");
        int m = find(rows, "employed_agri", "Y", "M");
        int t = find(rows, "employed_agri", "Y", "T");
        String was = rows.get(t).value();
        String typed = swapDigits(was);
        rows.set(t, rows.get(t).withValue(typed));
        List<ReportRow> three = List.of(rows.get(f), rows.get(m), rows.get(t));
        return new Pending(kind, three, three, "employed_agri T typed as " + typed + " instead of " + was
            + " (F " + rows.get(f).value() + " + M " + rows.get(m).value() + ")");
      }
      case DUPLICATE_LINE: {
        int i = find(rows, "ge_media_segments", "M06", "T");
        ReportRow copy = rows.get(i).withValue(rows.get(i).value());
        rows.add(i + 1, copy);
        return new Pending(kind, List.of(rows.get(i), copy), List.of(copy),
            "the ge_media_segments M06 line appears twice, with the same value");
      }
      case AREA_BY_NAME: {
        String name = variantSpelling(unitName);
        rows.replaceAll(r -> r.withArea(name));
        return new Pending(kind, true, List.of(), List.of(), "area written by name, '" + name + "', not by code");
      }
      default:
        throw new IllegalStateException("unknown fault " + kind);
    }
  }

  private static int find(List<ReportRow> rows, String measure, String period, String sex) {
    for (int i = 0; i < rows.size(); i++) {
      ReportRow r = rows.get(i);
      if (r.measure().equals(measure) && r.period().equals(period) && r.sex().equals(sex)
          && r.group().equals(CommuneModel.ALL)) {
        return i;
      }
    }
    throw new IllegalArgumentException("cannot plant the sample's faults: the catalogue has no " + measure + " "
        + period + " " + sex + " row; use --no-faults");
  }

  /** The letter O for the first digit 0 ("105" → "1O5"); else a lower-case l for the first 1; else O for the last digit. */
  static String typo(String value) {
    int zero = value.indexOf('0');
    if (zero >= 0) return value.substring(0, zero) + 'O' + value.substring(zero + 1);
    int one = value.indexOf('1');
    if (one >= 0) return value.substring(0, one) + 'l' + value.substring(one + 1);
    return value.substring(0, value.length() - 1) + 'O';
  }

  /** The rightmost pair of adjacent different digits swapped ("1234" → "1243"); "+10" when all digits are equal. */
  static String swapDigits(String value) {
    char[] d = value.toCharArray();
    for (int i = d.length - 1; i > 0; i--) {
      if (d[i] != d[i - 1]) {
        char x = d[i];
        d[i] = d[i - 1];
        d[i - 1] = x;
        return new String(d);
      }
    }
    return Long.toString(Long.parseLong(value) + 10);
  }

  /** "Xã Đắk Kôi" → "Xã Đăk Kôi" (the common variant); other names lose their diacritics. */
  static String variantSpelling(String name) {
    if (name.contains("Đắk")) return name.replace("Đắk", "Đăk");
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.replace('Đ', 'D').replace('đ', 'd');
  }
}
