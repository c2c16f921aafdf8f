package vn.binhdang.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.binhdang.generate.RegisterModel.Rec;
import vn.binhdang.registers.Register;

/**
 * Writes the SYNTHETIC unit-record registers ({@code registers/<register>/<year>.csv}) of every
 * commune, consistent with the counts files of the same run (see {@link RegisterModel}), with the
 * register faults of {@link RegisterFaultKind} unless they are switched off. Streaming: one
 * commune-year of records is held at a time; years are written in parallel, each to its own files;
 * a year with more than {@link RegisterOptions#partRows()} records goes on in {@code <year>-2.csv}.
 * Every register has a file for every year, the header alone when it has no record (that is how
 * the pipeline knows a year without maternal deaths is covered).
 */
final class RegisterWriter {
  static final String FOLDER = "registers";

  record Placement(RegisterFaultKind kind, String code, int year) {}

  private final Path dir;
  private final long seed;
  private final List<CommuneProfile> communes;
  private final CommuneModel model;
  private final double adultShare;
  private final RegisterOptions options;
  private final int fromYear;
  private final int toYear;
  private final List<Placement> faults;

  RegisterWriter(Path out, long seed, List<CommuneProfile> communes, Calibration calibration, RegisterOptions options,
      int runFrom, int runTo, boolean faults) {
    this.dir = out.resolve(FOLDER);
    this.seed = seed;
    this.communes = communes;
    this.model = new CommuneModel(calibration);
    this.adultShare = calibration.demography().adultShare();
    this.options = options;
    this.fromYear = options.firstYear(runFrom, runTo);
    this.toYear = runTo;
    this.faults = faults ? plan(communes, fromYear, toYear) : List.of();
  }

  /** Kon Rẫy: mother's age 2022/23485, bad date 2023/23491, repeated respondent 2021/23488, pupil id 2023/23494. */
  static List<Placement> plan(List<CommuneProfile> communes, int from, int to) {
    return List.of(
        new Placement(RegisterFaultKind.IMPOSSIBLE_MOTHER_AGE, nth(communes, 2), Math.min(from + 1, to)),
        new Placement(RegisterFaultKind.BAD_DATE, nth(communes, 4), to),
        new Placement(RegisterFaultKind.DUPLICATE_RECORD, nth(communes, 3), from),
        new Placement(RegisterFaultKind.DUPLICATE_ID_CONFLICT, nth(communes, 5), to));
  }

  private static String nth(List<CommuneProfile> communes, int i) {
    return communes.get(i % communes.size()).code();
  }

  int fromYear() {
    return fromYear;
  }

  RegisterSummary write() {
    List<YearResult> years = IntStream.rangeClosed(fromYear, toYear).parallel().mapToObj(this::writeYear).toList();
    int files = 0;
    long bytes = 0;
    Map<String, Long> records = new LinkedHashMap<>();
    for (Register r : Register.values()) records.put(r.folder(), 0L);
    List<PlantedRegisterFault> planted = new ArrayList<>();
    for (YearResult y : years) {
      files += y.files();
      bytes += y.bytes();
      y.records().forEach((k, v) -> records.merge(k, v, Long::sum));
      planted.addAll(y.faults());
    }
    planted.sort(Comparator.comparing(PlantedRegisterFault::kind));
    return new RegisterSummary(dir, files, bytes, records, fromYear, toYear, planted);
  }

  private record YearResult(int files, long bytes, Map<String, Long> records, List<PlantedRegisterFault> faults) {}

  private YearResult writeYear(int year) {
    Map<Register, CsvSink> sinks = new LinkedHashMap<>();
    List<PlantedRegisterFault> planted = new ArrayList<>();
    try {
      for (Register r : Register.values()) sinks.put(r, new CsvSink(dir, r, year, options.partRows()));
      for (CommuneProfile p : communes) {
        String code = p.code();
        Values v = model.simulate(p, year, Rng.of(seed, "report", code, year));
        List<Rec> births = RegisterModel.births(code, year, v, Rng.of(seed, "register-births", code, year));
        List<Rec> deaths = RegisterModel.maternalDeaths(code, year, v, Rng.of(seed, "register-deaths", code, year));
        Rng school = Rng.of(seed, "register-school", code, year);
        List<Rec> primary = RegisterModel.pupils(code, year, "primary", v, school);
        List<Rec> lowsec = RegisterModel.pupils(code, year, "lower_secondary", v, school);
        List<Rec> survey = RegisterModel.survey(code, year, v, p.population(year), adultShare, options.surveySample(),
            Rng.of(seed, "register-survey", code, year));
        List<Pending> pending = new ArrayList<>();
        for (Placement f : faults) {
          if (!f.code().equals(code) || f.year() != year) continue;
          Rng r = Rng.of(seed, "register-fault-" + f.kind().name(), code, year);
          pending.add(switch (f.kind()) {
            case IMPOSSIBLE_MOTHER_AGE -> impossibleMotherAge(births, code, year, r);
            case BAD_DATE -> badDate(births, code, year, r);
            case DUPLICATE_RECORD -> repeatedRespondent(survey, r);
            case DUPLICATE_ID_CONFLICT -> sharedPupilId(lowsec, code, year);
          });
        }
        Map<Rec, CsvSink.Location> where = new IdentityHashMap<>();
        write(sinks.get(Register.BIRTHS), births, where);
        write(sinks.get(Register.MATERNAL_DEATHS), deaths, where);
        write(sinks.get(Register.SCHOOL_COMPLETION), primary, where);
        write(sinks.get(Register.SCHOOL_COMPLETION), lowsec, where);
        write(sinks.get(Register.LABOUR_SURVEY), survey, where);
        for (Pending f : pending) {
          List<Long> touched = f.touched().stream().map(x -> where.get(x).line()).sorted().toList();
          List<Long> rejected = f.rejected().stream().map(x -> where.get(x).line()).sorted().toList();
          planted.add(new PlantedRegisterFault(where.get(f.touched().get(0)).file(), f.kind(), touched, rejected,
              f.kind().rule(), f.description()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (CsvSink s : sinks.values()) s.closeQuietly();
    }
    int files = 0;
    long bytes = 0;
    Map<String, Long> records = new LinkedHashMap<>();
    for (Map.Entry<Register, CsvSink> e : sinks.entrySet()) {
      files += e.getValue().files();
      bytes += e.getValue().bytes();
      records.put(e.getKey().folder(), e.getValue().records());
    }
    return new YearResult(files, bytes, records, planted);
  }

  private static void write(CsvSink sink, List<Rec> recs, Map<Rec, CsvSink.Location> where) throws IOException {
    for (Rec r : recs) where.put(r, sink.write(r.f));
  }

  // ---- faults --------------------------------------------------------------------------------

  private record Pending(RegisterFaultKind kind, List<Rec> touched, List<Rec> rejected, String description) {}

  /** A stillbirth whose mother's age was typed 7 (meant 27), in date order among the commune's births. */
  private static Pending impossibleMotherAge(List<Rec> births, String code, int year, Rng r) {
    LocalDate d = RegisterModel.day(year, r);
    Rec rec = new Rec(RegisterModel.birthId(code, year, births.size() + 1), code, d.toString(), r.uniform() < 0.5 ? "F" : "M",
        "", "7", "still");
    insertByDate(births, rec, d);
    return new Pending(RegisterFaultKind.IMPOSSIBLE_MOTHER_AGE, List.of(rec), List.of(rec),
        "a stillbirth with mother_age typed 7 (meant 27)");
  }

  /** A stillbirth dated 29 February of a common year (30 February in a leap year), after the births of 28 February. */
  private static Pending badDate(List<Rec> births, String code, int year, Rng r) {
    String text = year + (java.time.Year.isLeap(year) ? "-02-30" : "-02-29");
    Rec rec = new Rec(RegisterModel.birthId(code, year, births.size() + 1), code, text, r.uniform() < 0.5 ? "F" : "M",
        "", Integer.toString(RegisterModel.adultAge(r)), "still");
    insertByDate(births, rec, LocalDate.of(year, 2, 28));
    return new Pending(RegisterFaultKind.BAD_DATE, List.of(rec), List.of(rec),
        "a stillbirth dated " + text + ", a day that does not exist");
  }

  private static void insertByDate(List<Rec> births, Rec rec, LocalDate d) {
    int at = 0;
    while (at < births.size() && !LocalDate.parse(births.get(at).f[2]).isAfter(d)) at++;
    births.add(at, rec);
  }

  /** One respondent's line pasted twice. */
  private static Pending repeatedRespondent(List<Rec> survey, Rng r) {
    int i = (int) (r.uniform() * survey.size());
    Rec copy = new Rec(survey.get(i).f.clone());
    survey.add(i + 1, copy);
    return new Pending(RegisterFaultKind.DUPLICATE_RECORD, List.of(survey.get(i), copy), List.of(copy),
        "respondent " + copy.f[0] + "'s line appears twice, identical");
  }

  /** Two pupils who did not complete lower secondary, of different sex or group, under the same id. */
  private static Pending sharedPupilId(List<Rec> lowsec, String code, int year) {
    Rec first = null;
    Rec second = null;
    for (Rec p : lowsec) {
      if (!p.f[6].equals("false")) continue;
      if (first == null) {
        first = p;
      } else if (!p.f[4].equals(first.f[4]) || !p.f[5].equals(first.f[5])) {
        second = p;
        break;
      }
    }
    if (first == null) {
      first = new Rec(code + "-S-" + year + "-" + RegisterModel.pad(lowsec.size() + 1, 4), code, "lower_secondary",
          Integer.toString(year), "F", "Xơ Đăng", "false");
      lowsec.add(first);
    }
    if (second == null) {
      second = new Rec(code + "-S-" + year + "-" + RegisterModel.pad(lowsec.size() + 1, 4), code, "lower_secondary",
          Integer.toString(year), first.f[4].equals("F") ? "M" : "F", first.f[5], "false");
      lowsec.add(second);
    }
    String was = second.f[0];
    second.f[0] = first.f[0];
    return new Pending(RegisterFaultKind.DUPLICATE_ID_CONFLICT, List.of(first, second), List.of(first, second),
        "two pupils who did not complete lower secondary both have pupil_id " + first.f[0] + " (the second meant "
            + was + ")");
  }

  // ---- files ---------------------------------------------------------------------------------

  /** The CSV files of one register and year: {@code <year>.csv}, then {@code <year>-2.csv}, ... when full. */
  static final class CsvSink {
    record Location(String file, long line) {}

    private final Path dir;
    private final Register register;
    private final int year;
    private final long partRows;
    private final String header;
    private Writer out;
    private CountingStream counter;
    private String file;
    private int part;
    private long line;
    private long rowsInPart;
    private long records;
    private long bytes;

    CsvSink(Path root, Register register, int year, long partRows) throws IOException {
      this.dir = root.resolve(register.folder());
      this.register = register;
      this.year = year;
      this.partRows = partRows;
      this.header = String.join(",", register.columns());
      Files.createDirectories(dir);
      open();
    }

    private void open() throws IOException {
      part++;
      String name = year + (part == 1 ? "" : "-" + part) + ".csv";
      file = FOLDER + "/" + register.folder() + "/" + name;
      counter = new CountingStream(Files.newOutputStream(dir.resolve(name)));
      out = new BufferedWriter(new OutputStreamWriter(counter, StandardCharsets.UTF_8), 1 << 16);
      out.write(header);
      out.write('\n');
      line = 1;
      rowsInPart = 0;
    }

    Location write(String[] fields) throws IOException {
      if (rowsInPart == partRows) {
        close();
        open();
      }
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) out.write(',');
        out.write(csv(fields[i]));
      }
      out.write('\n');
      rowsInPart++;
      records++;
      return new Location(file, ++line);
    }

    private void close() throws IOException {
      out.close();
      bytes += counter.count;
    }

    void closeQuietly() {
      try {
        if (out != null) close();
        out = null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    int files() {
      return part;
    }

    long records() {
      return records;
    }

    long bytes() {
      return bytes;
    }

    static String csv(String s) {
      if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
      return '"' + s.replace("\"", "\"\"") + '"';
    }
  }

  /** Counts the bytes written through it. */
  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
