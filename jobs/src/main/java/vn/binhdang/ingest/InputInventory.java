package vn.binhdang.ingest;

import vn.binhdang.catalogue.RejectRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * The files of the input folders that no parser reads, so that every file is accounted for. Spark's
 * file sources pass over some files without a word: a file of 0 bytes, a name starting with '.' or '_'
 * (hidden, to Spark), an extension the folder does not take (notes.txt in counts/, a .pdf in forms/).
 * Each one found here gets a manifest entry and, where someone sent it as data, a reject that says
 * what it is and what to do; system files (.DS_Store, Thumbs.db) and a Parquet folder's bookkeeping
 * (_SUCCESS, .crc) get a manifest entry only.
 *
 * <p>The listing is of file names and sizes on the driver (bounded by the number of files, not rows);
 * only the bytes of the files reported here are read, to checksum them.
 */
public final class InputInventory {
  private InputInventory() {}

  /** Extensions each input folder takes (lower case), and the input kind of its files. */
  private static final Map<String, Set<String>> EXTENSIONS = Map.of(
      "counts", Set.of("csv"), "crosswalk", Set.of("csv"), "forms", Set.of("xlsx", "xls"), "published", Set.of("csv"), "registers", Set.of("csv", "parquet"));
  private static final Set<String> SYSTEM_FILES = Set.of(".ds_store", "thumbs.db", "desktop.ini");

  /**
   * A file no parser reads.
   *
   * @param rule why it is rejected; null for a file that carries no data by nature (system, bookkeeping)
   * @param note what it is, for the manifest
   */
  public record Unread(String file, String kind, long bytes, String sha256, RejectRule rule, String note) {
    Unread(String file, String kind, long bytes, RejectRule rule, String note) {
      this(file, kind, bytes, null, rule, note);
    }

    Unread withSha256(String sha) {
      return new Unread(file, kind, bytes, sha, rule, note);
    }

    /** The reject of this file (when it has a rule). */
    public Reject reject() {
      return Reject.ofFile(kind, file, rule, note, sha256);
    }
  }

  /**
   * What a file is, from its name below the input folder and its size; null when a parser reads it.
   *
   * @param file "counts/2023/23482.csv"
   * @param registers the register folders ("births", …)
   */
  public static Unread classify(String file, long bytes, Set<String> registers) {
    String[] parts = file.split("/");
    String folder = parts[0];
    String name = parts[parts.length - 1];
    Set<String> extensions = EXTENSIONS.get(folder);
    if (extensions == null || parts.length < 2) return null;
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "" : lower.substring(dot + 1);
    String kind = folder.equals("registers") && parts.length > 2 ? "register_" + parts[1] : folder;
    if (SYSTEM_FILES.contains(lower)) {
      return new Unread(file, "system_file", bytes, null, "a file the operating system keeps; not read");
    }
    if (folder.equals("registers") && isParquetBookkeeping(lower)) {
      return new Unread(file, "bookkeeping", bytes, null, "bookkeeping of a Parquet folder; not read");
    }
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].startsWith(".") || parts[i].startsWith("_")) {
        return new Unread(file, kind, bytes, RejectRule.NOT_AN_INPUT, "'" + parts[i]
            + "' starts with '" + parts[i].charAt(0) + "', which marks a hidden file: rename it (e.g. 23482.csv) to have it read");
      }
    }
    if (folder.equals("registers") && (parts.length < 3 || !registers.contains(parts[1]))) {
      return new Unread(file, "registers", bytes, RejectRule.NOT_AN_INPUT, "registers/ holds one folder per register ("
          + String.join(", ", registers.stream().sorted().toList()) + "); "
          + (parts.length < 3 ? "a file directly in registers/" : "'" + parts[1] + "'") + " is not read");
    }
    if (!extensions.contains(ext)) {
      return new Unread(file, kind, bytes, RejectRule.NOT_AN_INPUT, folder + "/ reads "
          + String.join(" and ", extensions.stream().sorted().map(e -> "." + e).toList()) + " files; "
          + (ext.isEmpty() ? "a file without extension" : "a ." + ext + " file") + " is not read"
          + advice(folder, ext));
    }
    if (bytes == 0) {
      return new Unread(file, kind, 0, RejectRule.NO_DATA,
          "the file is empty (0 bytes): it was saved before anything was in it or copied incompletely; send it again");
    }
    return null;
  }

  private static String advice(String folder, String ext) {
    if (ext.equals("xls") || ext.equals("ods")) {
      return folder.equals("forms") ? "; open it and save it as Excel Workbook (.xlsx)" : "; save it as CSV UTF-8";
    }
    if (ext.equals("txt") || ext.equals("tsv")) return "; save it as CSV UTF-8 (or rename a CSV text file to .csv)";
    return "";
  }

  private static boolean isParquetBookkeeping(String lower) {
    return lower.equals("_success") || lower.startsWith("_committed") || lower.startsWith("_started")
        || lower.equals("_metadata") || lower.equals("_common_metadata") || lower.endsWith(".crc");
  }

  /**
   * Lists the input folders below {@code root} (a Hadoop path) and returns the files no parser reads.
   */
  public static List<Unread> list(Configuration conf, String root, Set<String> registers) {
    List<Unread> out = new ArrayList<>();
    try {
      Path rootPath = new Path(root);
      FileSystem fs = rootPath.getFileSystem(conf);
      for (String folder : EXTENSIONS.keySet().stream().sorted().toList()) {
        Path dir = new Path(rootPath, folder);
        if (!fs.isDirectory(dir)) continue;
        String base = fs.makeQualified(rootPath).toUri().getPath();
        walk(fs, dir, base, registers, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the input folder " + root, e);
    }
    out.sort(java.util.Comparator.comparing(Unread::file));
    return out;
  }

  /**
   * Lists a folder tree with {@code listStatus}, not {@code listFiles(dir, true)}: on the local file
   * system the latter builds a located status per file, whose permissions Hadoop reads by starting a
   * process per file (250 s for the 24,000 files of the 1,000-commune benchmark, against 1 s here).
   */
  private static void walk(FileSystem fs, Path dir, String base, Set<String> registers, List<Unread> out)
      throws IOException {
    for (FileStatus s : fs.listStatus(dir)) {
      if (s.isDirectory()) {
        walk(fs, s.getPath(), base, registers, out);
        continue;
      }
      String path = s.getPath().toUri().getPath();
      String rel = path.substring(base.length() + (base.endsWith("/") ? 0 : 1));
      Unread u = classify(rel, s.getLen(), registers);
      if (u != null) out.add(u.withSha256(sha256(fs, s.getPath())));
    }
  }

  /** The rejects of the files that carry a rule (a small list: one row per file). */
  public static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> rejects(
      org.apache.spark.sql.SparkSession spark, List<Unread> unread) {
    List<org.apache.spark.sql.Row> rows = unread.stream().filter(u -> u.rule() != null)
        .map(u -> IngestRows.reject(u.reject())).toList();
    return spark.createDataFrame(rows, vn.binhdang.warehouse.Tables.REJECTS.schema());
  }

  /** SHA-256 of a file, streamed (an unread file may be large). */
  private static String sha256(FileSystem fs, Path p) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(fs.open(p), md)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
