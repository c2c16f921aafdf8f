package vn.binhdang.generate;

/**
 * One line of a counts file, as text: {@code area_code,year,period,measure,sex,group,value,
 * submitted_on,source}. Kept as text so that planted faults can write what a person would have
 * typed.
 */
record ReportRow(String area, int year, String period, String measure, String sex, String group, String value,
    String submittedOn, String source) {

  static final String HEADER = "area_code,year,period,measure,sex,group,value,submitted_on,source";

  ReportRow withArea(String a) {
    return new ReportRow(a, year, period, measure, sex, group, value, submittedOn, source);
  }

  ReportRow withMeasure(String m) {
    return new ReportRow(area, year, period, m, sex, group, value, submittedOn, source);
  }

  ReportRow withValue(String v) {
    return new ReportRow(area, year, period, measure, sex, group, v, submittedOn, source);
  }

  ReportRow withSubmittedOn(String d) {
    return new ReportRow(area, year, period, measure, sex, group, value, d, source);
  }

  /** Appends the CSV line (with its newline), quoting only the fields that need it. */
  void appendTo(StringBuilder sb) {
    field(sb, area).append(',').append(year).append(',');
    field(sb, period).append(',');
    field(sb, measure).append(',');
    field(sb, sex).append(',');
    field(sb, group).append(',');
    field(sb, value).append(',');
    field(sb, submittedOn).append(',');
    field(sb, source).append('\n');
  }

  private static StringBuilder field(StringBuilder sb, String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return sb.append(s);
    }
    return sb.append('"').append(s.replace("\"", "\"\"")).append('"');
  }
}
