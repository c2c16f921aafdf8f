package vn.binhdang.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.binhdang.catalogue.RejectRule;

/**
 * Opens the bytes of an .xlsx file (or of an Excel 97–2003 .xls, through HSSF) with POI, refusing what
 * is not a workbook or is hostile, with one clear message per file. Limits (set JVM-wide on POI's
 * {@link ZipSecureFile}, idempotently; the size limit holds for .xls too):
 *
 * <ul>
 *   <li>a file larger than {@value #MAX_FILE_BYTES} bytes is refused (a form is about 20 KB);
 *   <li>a ZIP entry that expands more than 100 times (inflate ratio below {@value #MIN_INFLATE_RATIO}) or
 *       beyond {@value #MAX_ENTRY_BYTES} bytes, or more than {@value #MAX_ENTRIES} entries: a zip bomb;
 *   <li>XML with a DOCTYPE (the way in for external entities and "billion laughs"): any part declaring
 *       one makes the whole file refused before POI reads it; POI itself also parses with DOCTYPE
 *       declarations disallowed and entity resolution off, so nothing is ever fetched or read.
 * </ul>
 */
final class WorkbookOpener {
  private WorkbookOpener() {}

  static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
  static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
  static final double MIN_INFLATE_RATIO = 0.01;
  static final long MAX_ENTRIES = 1000;

  /** A file that cannot be used, with the rule and the message for its one reject. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final RejectRule rule;

    Refused(RejectRule rule, String message) {
      super(message);
      this.rule = rule;
    }
  }

  static synchronized void secure() {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
  }


  /** The workbook (.xlsx, or an Excel 97–2003 .xls); close it with {@link #close(Workbook)}. */
  static Workbook open(byte[] content) throws Refused {
    if (content.length == 0) throw unreadable("the file is empty (0 bytes); send the filled form again");
    if (content.length > MAX_FILE_BYTES) {
      throw new Refused(RejectRule.FILE_UNSAFE, "the file is " + content.length / (1024 * 1024) + " MB, more than the "
          + MAX_FILE_BYTES / (1024 * 1024) + " MB a report form may have (a form is about 20 KB); refused");
    }
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(content);
    } catch (RuntimeException e) {
      magic = FileMagic.UNKNOWN;
    }
    switch (magic) {
      case OOXML -> { /* a ZIP: try it below */ }
      case OLE2 -> {
        return ole2(content);
      }
      case BIFF2, BIFF3, BIFF4 -> throw unreadable(
          "an old Excel (2.x–4.x) workbook, not .xlsx; open it in Excel or LibreOffice and save as .xlsx");
      case UNKNOWN -> throw unreadable(looksLikeText(content)
          ? "a text file (CSV or similar), not an .xlsx workbook; counts in CSV go to the counts/ folder, forms must be .xlsx"
          : "not an .xlsx workbook (the file does not start like one); send the form as an Excel workbook (.xlsx)");
      default -> throw unreadable("a " + magic.name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + " file, not an .xlsx workbook; send the form as an Excel workbook (.xlsx)");
    }
    secure();
    if (declaresDoctype(content)) throw doctype();
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(content));
      return new XSSFWorkbook(pkg);
    } catch (Exception | StackOverflowError e) {
      if (pkg != null) pkg.revert();
      throw classify(e, content);
    }
  }

  static void close(Workbook wb) {
    if (wb instanceof XSSFWorkbook x && x.getPackage() != null) {
      x.getPackage().revert();
    } else if (wb != null) {
      try {
        wb.close(); // an .xls read from memory: nothing is written back
      } catch (IOException e) {
        // nothing to release
      }
    }
  }

  /**
   * An OLE2 file: an Excel 97–2003 workbook (.xls) is read through POI's HSSF, under the same size limit
   * as an .xlsx and with the same cell-level rules afterwards; an encrypted one, or any other OLE2
   * document (.doc, .ppt), is refused by name.
   */
  private static Workbook ole2(byte[] content) throws Refused {
    POIFSFileSystem fs;
    try {
      fs = new POIFSFileSystem(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      throw unreadable("a damaged old Office document (OLE2), not a readable workbook");
    }
    if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo")) {
      throw unreadable("the workbook is password-protected (encrypted); open it, remove the password "
          + "(File → Info → Protect Workbook, or Save As without a password) and send it again");
    }
    if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("Book")) {
      throw unreadable("an old Office document (OLE2) that is not a workbook (a Word or PowerPoint file?); "
          + "send the form as an Excel workbook (.xlsx or .xls)");
    }
    try {
      return new HSSFWorkbook(fs.getRoot(), true);
    } catch (Exception | StackOverflowError e) {
      throw unreadable("the Excel 97–2003 workbook (.xls) is damaged and cannot be opened (" + CellReader.oneLine(e)
          + "); open it in Excel or LibreOffice, save it as .xlsx and send it again");
    }
  }

  private static Refused classify(Throwable e, byte[] content) {
    String all = messages(e);
    String lower = all.toLowerCase(Locale.ROOT);
    // "Tried to allocate an array of length …": a part declares a size far beyond any form's, the
    // other face of a zip bomb (POI refuses the allocation before inflating)
    if (lower.contains("zip bomb") || lower.contains("tried to allocate an array of length")) {
      return new Refused(RejectRule.FILE_UNSAFE, "refused: a part of the workbook expands far beyond its compressed "
          + "size (zip bomb; limits: 100× and " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB per part)");
    }
    if (lower.contains("doctype") || lower.contains("entity")) return doctype();
    if (lower.contains("too many") || lower.contains("max file count") || lower.contains("maximum number of")) {
      return new Refused(RejectRule.FILE_UNSAFE, "refused: the workbook has more than " + MAX_ENTRIES + " parts");
    }
    if (has(e, ODFNotOfficeXmlFileException.class) || isOpenDocument(content)) {
      return unreadable("an OpenDocument spreadsheet (.ods), not .xlsx; in LibreOffice use File → Save As → "
          + "'Excel 2007-365 (.xlsx)'");
    }
    if (has(e, EncryptedDocumentException.class)) {
      return unreadable("the workbook is password-protected (encrypted); remove the password and send it again");
    }
    if (has(e, NotOfficeXmlFileException.class)) {
      return unreadable("a ZIP file that is not an Office workbook; send the form as an Excel workbook (.xlsx)");
    }
    return unreadable("the workbook is damaged or incomplete and cannot be opened (" + CellReader.oneLine(root(e))
        + "); open it in Excel or LibreOffice and save it again, or send a new copy");
  }

  /** Bytes inflated at most while looking for a DOCTYPE, so that the scan cannot be a zip bomb itself. */
  private static final long SCAN_BUDGET = 64L * 1024 * 1024;

  /**
   * Whether any part of the ZIP starts with a DOCTYPE or entity declaration (they belong in the prolog,
   * before the root element). No part of an Office workbook has one; POI would refuse it in the parts it
   * needs but skips some optional ones (document properties) silently, so the whole file is checked
   * first and refused as a whole. Reads the first 4 KB of each part, with a bounded inflate budget so
   * the scan cannot be a zip bomb itself (POI's limits apply when it then opens the file).
   */
  static boolean declaresDoctype(byte[] content) {
    long budget = SCAN_BUDGET;
    byte[] skip = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      int entries = 0;
      for (ZipEntry e; (e = zip.getNextEntry()) != null && entries++ < MAX_ENTRIES; ) {
        byte[] head = zip.readNBytes(4096);
        budget -= head.length;
        String text = new String(head, StandardCharsets.ISO_8859_1).replace("\0", "").toUpperCase(Locale.ROOT);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) return true;
        for (int n; (n = zip.read(skip)) > 0; ) {
          budget -= n;
          if (budget < 0) return false;
        }
        if (budget < 0) return false;
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }

  /** An OpenDocument file: its first ZIP entry is "mimetype", stored, naming an opendocument type. */
  static boolean isOpenDocument(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
    return head.contains("mimetype") && head.contains("application/vnd.oasis.opendocument");
  }

  private static Refused doctype() {
    return new Refused(RejectRule.FILE_UNSAFE, "refused: the workbook's XML declares a DOCTYPE or entities "
        + "(an XML external entity attack or a damaged file); nothing in it was read");
  }

  private static Refused unreadable(String message) {
    return new Refused(RejectRule.FILE_UNREADABLE, message);
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) return true;
    }
    return false;
  }

  private static Throwable root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t;
  }

  private static String messages(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
    }
    return b.toString();
  }

  /** Mostly printable bytes in the first kilobyte: text rather than a binary format. */
  private static boolean looksLikeText(byte[] content) {
    int n = Math.min(content.length, 1024);
    int printable = 0;
    for (int i = 0; i < n; i++) {
      int b = content[i] & 0xFF;
      if (b == '\n' || b == '\r' || b == '\t' || b >= 0x20) printable++;
    }
    return printable >= n * 0.95;
  }
}
