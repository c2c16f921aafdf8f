package vn.binhdang.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.DqRule;
import vn.binhdang.catalogue.NearestCode;

/**
 * The Vietnamese texts of the rejects report, kept as data in {@code rejects-report-vi.csv} (next to this
 * class): for every staging rule what is wrong ({@code text}) and how to fix it ({@code fix}), the field names,
 * the headings; data-quality rules take their wording from {@code dq_rules.csv} ({@code description_vi}).
 */
final class ReportTexts {
  static final String RESOURCE = "rejects-report-vi.csv";

  private static final Pattern NEAREST = Pattern.compile(Pattern.quote(NearestCode.MARKER) + "(\\S+)");
  private static final Pattern ALLOWED = Pattern.compile(" is not one of (.+)$");

  /** What is wrong and how to fix it, in Vietnamese. */
  record Explanation(String error, String fix) {}

  private final Map<String, String[]> rows = new HashMap<>();
  private final Catalogue catalogue;

  private ReportTexts(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  static ReportTexts load(Catalogue catalogue) {
    ReportTexts t = new ReportTexts(catalogue);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (InputStream in = ReportTexts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
        for (CSVRecord rec : p) {
          t.rows.put(rec.get("kind") + ":" + rec.get("code"), new String[] {rec.get("text"), rec.get("fix")});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return t;
  }

  /** Whether a staging rule has its own text (every RejectRule must; a test checks it). */
  boolean hasRule(String rule) {
    return rows.containsKey("rule:" + rule);
  }

  /**
   * The explanation of a reject: the staging rule's text (naming the field at fault where it says
   * {@code {field}}, with the nearest valid code or the allowed codes that the message carries), else the
   * data-quality rule's description with the comparison from the message ("gbv_victims_supported[F] 9 >
   * gbv_victims[F] 7"), else a generic line.
   */
  Explanation explain(String rule, String message, String field) {
    String[] own = rows.get("rule:" + rule);
    if (own != null) {
      String fieldName = field(field);
      return new Explanation(own[0].replace("{field}", fieldName),
          (own[1].replace("{field}", fieldName) + advice(rule, message)).strip());
    }
    DqRule dq = catalogue.dqRule(rule).orElse(null);
    if (dq != null) {
      String[] t = rows.get("dq:error");
      String comparison = comparison(message);
      String error = t[0].replace("{description}", dq.descriptionVi())
          + (comparison.isEmpty() ? "" : " (" + comparison + ")");
      return new Explanation(error, t[1]);
    }
    String[] t = rows.get("dq:unknown");
    return new Explanation(t[0].replace("{rule}", rule), t[1]);
  }

  /** The suggestion a parser put in the message: the nearest valid code, or the list of allowed codes. */
  private String advice(String rule, String message) {
    if (message == null) return "";
    Matcher nearest = NEAREST.matcher(message);
    if (nearest.find()) {
      String code = nearest.group(1);
      Optional<Area> area = rule.equals("unknown_area") ? catalogue.area(code) : Optional.empty();
      return " " + (area.isPresent() ? label("nearest_area", "code", code, "name", area.get().nameVi())
          : label("nearest", "code", code));
    }
    Matcher allowed = ALLOWED.matcher(message);
    return allowed.find() ? " " + label("allowed", "codes", allowed.group(1)) : "";
  }

  /** The comparison a data-quality reject's message starts with: the text before " (". */
  static String comparison(String message) {
    if (message == null) return "";
    int i = message.indexOf(" (");
    return i > 0 ? message.substring(0, i) : "";
  }

  /** A field name in Vietnamese (the code itself when there is none). */
  String field(String field) {
    if (field == null) return "";
    String[] t = rows.get("field:" + field);
    return t == null ? field : t[0];
  }

  /** A label, with {name} placeholders filled from pairs of arguments. */
  String label(String code, Object... pairs) {
    String[] t = rows.get("label:" + code);
    if (t == null) throw new IllegalArgumentException("no label " + code + " in " + RESOURCE);
    String s = t[0];
    for (int i = 0; i + 1 < pairs.length; i += 2) s = s.replace("{" + pairs[i] + "}", String.valueOf(pairs[i + 1]));
    return s;
  }

  /** "line 12" → "dòng 12", "file" → "cả tệp", a workbook cell as it is ("Mục tiêu 2!C7"). */
  String location(String sourceLocation) {
    if (sourceLocation == null) return "";
    if (sourceLocation.equals("file")) return label("location_file");
    if (sourceLocation.startsWith("line ")) return label("location_line", "line", sourceLocation.substring(5));
    return sourceLocation;
  }
}
