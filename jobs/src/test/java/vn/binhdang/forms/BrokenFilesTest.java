package vn.binhdang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.ingest.StagedCount;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.ingest.FileParser;
import vn.binhdang.ingest.Reject;
import vn.binhdang.catalogue.RejectRule;

/**
 * Files that are not usable forms: each gives exactly one file-level reject with a clear one-line
 * message, one row read, nothing staged, and parse never throws. Hostile files are refused without
 * reading anything from them.
 */
class BrokenFilesTest {
  @TempDir Path tmp;

  /** A filled Đắk Kôi form: two values, so a refused file visibly loses them. */
  private static byte[] filledForm() {
    XSSFWorkbook wb = Forms.open(Forms.DAK_KOI);
    Forms.cell(wb, Forms.DAK_KOI, "employed", Sex.F, "Y").setCellValue(120);
    Forms.cell(wb, Forms.DAK_KOI, "employed", Sex.M, "Y").setCellValue(130);
    return Forms.bytes(wb);
  }

  @Test
  void anEmptyFile() {
    Reject j = Forms.refused(new byte[0]);
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
    assertThat(j.message()).contains("empty");
  }

  @Test
  void aCsvSavedWithAnXlsxName() {
    Reject j = Forms.refused("area_code,year,period\n23482,2023,Y\n".getBytes(StandardCharsets.UTF_8));
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
    assertThat(j.message()).contains("a text file (CSV or similar), not an .xlsx workbook");
  }

  @Test
  void textInAnotherEncodingAndRandomBytes() {
    Reject j = Forms.refused("Mã đơn vị;Tên\n23482;Xã Đắk Kôi\n".getBytes(Charset.forName("windows-1258")));
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    noise[0] = 1;
    j = Forms.refused(noise);
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
    assertThat(j.message()).contains("not an .xlsx workbook");
  }

  @Test
  void aPdfWithAnXlsxName() {
    Reject j = Forms.refused("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(j.message()).startsWith("a pdf file, not an .xlsx workbook");
  }

  @Test
  void anExcelXlsWorkbookThatIsNotOneOfOurFormsIsRefusedByName() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HSSFWorkbook xls = new HSSFWorkbook()) {
      xls.createSheet("Mục tiêu 2").createRow(0).createCell(0).setCellValue(12);
      xls.write(out);
    }
    Reject j = Forms.refused(out.toByteArray());
    assertThat(j.rule()).isEqualTo(RejectRule.FORM_NOT_RECOGNISED);
  }

  @Test
  void aWordDocumentIsNotAWorkbook() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(out);
    }
    Reject j = Forms.refused(out.toByteArray());
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
    assertThat(j.message()).startsWith("an old Office document (OLE2) that is not a workbook");
  }

  @Test
  void aPasswordProtectedWorkbook() throws Exception {
    POIFSFileSystem fs = new POIFSFileSystem();
    Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
    enc.confirmPassword("matkhau");
    try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(filledForm()));
        OutputStream os = enc.getDataStream(fs)) {
      opc.save(os);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fs.writeFilesystem(out);
    fs.close();
    Reject j = Forms.refused(out.toByteArray());
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
    assertThat(j.message()).contains("password-protected (encrypted)");
  }

  @Test
  void aTruncatedWorkbookAtManyPoints() {
    byte[] form = filledForm();
    int centralDirectory = indexOf(form, new byte[] {'P', 'K', 1, 2});
    assertThat(centralDirectory).isPositive();
    for (int i = 1; i <= 40; i++) {
      int cut = (int) ((long) centralDirectory * i / 41);
      Reject j = Forms.refused(Arrays.copyOf(form, cut));
      assertThat(j.rule()).as("cut at " + cut).isEqualTo(RejectRule.FILE_UNREADABLE);
      assertThat(j.message()).as("cut at " + cut).containsAnyOf("damaged or incomplete", "not an Office workbook",
          "not an .xlsx workbook", "could not be read");
    }
  }

  @Test
  void aZipBombIsRefused() throws Exception {
    // an extra part of 64 MB of zeros, about 64 KB compressed
    byte[] bomb = Forms.addEntry(filledForm(), "xl/media/image1.bin", new byte[64 * 1024 * 1024]);
    assertThat(bomb.length).isLessThan(1024 * 1024);
    Reject j = Forms.refused(bomb);
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNSAFE);
    assertThat(j.message()).contains("zip bomb");
  }

  @Test
  void aSheetThatExpandsAThousandTimesIsRefused() {
    String padding = " ".repeat(8 * 1024 * 1024);
    byte[] inflated = Forms.rewrite(filledForm(), Forms.sheetEntry(1), xml -> xml.replace("<sheetData>", "<sheetData>" + padding));
    Reject j = Forms.refused(inflated);
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNSAFE);
  }

  @Test
  void aFileLargerThanAnyFormIsRefusedUnread() {
    byte[] big = new byte[11 * 1024 * 1024];
    big[0] = 'P';
    big[1] = 'K';
    big[2] = 3;
    big[3] = 4;
    Reject j = Forms.refused(big);
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNSAFE);
    assertThat(j.message()).contains("11 MB");
  }

  /** XML external entities in every kind of part: refused, and nothing is fetched or read. */
  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "BIMAT-12345");
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(200);
      AtomicInteger connections = new AtomicInteger();
      Thread listener = new Thread(() -> {
        while (!server.isClosed()) {
          try {
            server.accept().close();
            connections.incrementAndGet();
          } catch (SocketTimeoutException e) {
            // keep listening
          } catch (java.io.IOException e) {
            return;
          }
        }
      });
      listener.setDaemon(true);
      listener.start();
      String http = "http://127.0.0.1:" + server.getLocalPort() + "/xxe";
      byte[] form = filledForm();
      List<String> parts = List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
          "xl/sharedStrings.xml", "xl/styles.xml", Forms.sheetEntry(1), Forms.sheetEntry(6), "docProps/core.xml");
      for (String part : parts) {
        for (String system : List.of(secret.toUri().toString(), http)) {
          byte[] evil = Forms.rewrite(form, part, xml -> withEntity(xml, system));
          assertThat(evil).as("the part " + part + " was rewritten").isNotEqualTo(form);
          FileParser.Result<StagedCount> r = Forms.parse(evil);
          assertThat(r.rejects()).as(part).singleElement().satisfies(j -> {
            assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNSAFE);
            assertThat(j.sourceLocation()).isEqualTo("file");
            assertThat(j.message()).contains("DOCTYPE");
          });
          assertThat(r.staged()).isEmpty();
        }
      }
      Thread.sleep(300);
      assertThat(connections.get()).as("connections to the entity's URL").isZero();
    }
  }

  /** Defence in depth: POI on its own, without the parser's DOCTYPE check, never resolves an entity either. */
  @Test
  void poiOnItsOwnDoesNotResolveExternalEntities() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "BIMAT-12345");
    byte[] form = filledForm();
    for (String part : List.of("xl/sharedStrings.xml", Forms.sheetEntry(1), "xl/workbook.xml", "docProps/core.xml")) {
      byte[] evil = Forms.rewrite(form, part, xml -> withEntity(xml, secret.toUri().toString()));
      WorkbookOpener.secure();
      try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(evil))) {
        // opened (the damaged part was skipped): the secret is nowhere in it
        for (var sheet : wb) {
          for (var row : sheet) {
            for (var cell : row) assertThat(cell.toString()).as(part).doesNotContain("BIMAT");
          }
        }
        assertThat(String.valueOf(wb.getProperties().getCoreProperties().getTitle())).doesNotContain("BIMAT");
      } catch (Exception e) {
        assertThat(e.toString() + e.getCause()).as(part).doesNotContain("BIMAT");
      }
    }
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY a0 \"ha\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    byte[] evil = Forms.rewrite(filledForm(), Forms.sheetEntry(1), xml -> xml.replaceFirst("\\?>", "?>" + dtd)
        .replaceFirst("<sheetData>", "<sheetData><row r=\"100\"><c r=\"A100\" t=\"inlineStr\"><is><t>&a10;</t></is></c></row>"));
    Reject j = Forms.refused(evil);
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNSAFE);
  }

  @Test
  void partsThatAreNotValidUtf8AreRefused() {
    byte[] form = filledForm();
    // Vietnamese saved in windows-1258 inside a part declared UTF-8
    byte[] broken = rewriteBytes(form, "xl/sharedStrings.xml", xml -> {
      String text = new String(xml, StandardCharsets.UTF_8);
      String name = "Xã Đắk Kôi";
      int at = text.indexOf(name);
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
      b.writeBytes(name.getBytes(Charset.forName("windows-1258")));
      b.writeBytes(text.substring(at + name.length()).getBytes(StandardCharsets.UTF_8));
      return b.toByteArray();
    });
    Reject j = Forms.refused(broken);
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
    assertThat(j.message()).contains("damaged");
  }

  @Test
  void anOpenDocumentSpreadsheetWithAnXlsxName() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype"); // stored, first: as the ODF standard requires
      first.setMethod(ZipEntry.STORED);
      first.setSize(mime.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(mime);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mime);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    Reject j = Forms.refused(out.toByteArray());
    assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
    assertThat(j.message()).contains(".ods");
  }

  @Test
  void aWordDocumentWithAnXlsxName() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("Báo cáo bình đẳng giới");
      doc.write(out);
    }
    assertThat(Forms.refused(out.toByteArray()).rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
  }

  @Test
  void aWorkbookThatIsNotAForm() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Mục tiêu 2").createRow(5).createCell(3).setCellValue(120);
    Reject j = Forms.refused(Forms.bytes(wb));
    assertThat(j.rule()).isEqualTo(RejectRule.FORM_NOT_RECOGNISED);
    assertThat(j.message()).contains("not a Bình Đẳng report form");
  }

  @Test
  void aFormWhoseKeySheetWasDeleted() {
    XSSFWorkbook wb = Forms.open(filledForm());
    wb.removeSheetAt(wb.getSheetIndex(FormLayout.KEY_SHEET));
    assertThat(Forms.refused(Forms.bytes(wb)).rule()).isEqualTo(RejectRule.FORM_NOT_RECOGNISED);
  }

  @Test
  void aFormWithADamagedOrNewerKey() {
    XSSFWorkbook wb = Forms.open(filledForm());
    wb.getSheet(FormLayout.KEY_SHEET).getRow(0).getCell(1).setCellValue(2);
    Reject j = Forms.refused(Forms.bytes(wb));
    assertThat(j.rule()).isEqualTo(RejectRule.FORM_NOT_RECOGNISED);
    assertThat(j.message()).contains("version 2, newer");

    wb = Forms.open(filledForm());
    wb.getSheet(FormLayout.KEY_SHEET).getRow(0).getCell(1).setCellValue("một");
    assertThat(Forms.refused(Forms.bytes(wb)).message()).contains("damaged");

    wb = Forms.open(filledForm());
    var key = wb.getSheet(FormLayout.KEY_SHEET);
    for (int r = 10; r <= key.getLastRowNum(); r++) key.removeRow(key.getRow(r));
    assertThat(Forms.refused(Forms.bytes(wb)).message()).contains("damaged");
  }

  @Test
  void aRenamedKeySheetIsStillFound() {
    XSSFWorkbook wb = Forms.open(filledForm());
    wb.setSheetName(wb.getSheetIndex(FormLayout.KEY_SHEET), "Sheet7");
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.staged()).hasSize(2);
  }

  /** Random damage anywhere in a filled form: parse never throws and the accounting always holds. */
  @Test
  void randomlyDamagedFormsNeverBreakTheParser() {
    byte[] form = filledForm();
    Random rnd = new Random(20231210);
    FormParser parser = Forms.parser();
    for (int i = 0; i < 120; i++) {
      byte[] damaged = form.clone();
      for (int n = 1 + rnd.nextInt(4); n > 0; n--) damaged[rnd.nextInt(damaged.length)] = (byte) rnd.nextInt(256);
      FileParser.Result<StagedCount> r = Forms.parse(parser, "forms/damaged-" + i + ".xlsx", damaged);
      assertThat(r.rowsRead()).isGreaterThanOrEqualTo(1);
    }
  }

  private static String withEntity(String xml, String system) {
    String decl = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + system + "\">]>";
    String out = xml.startsWith("<?xml") ? xml.replaceFirst("\\?>", "?>" + decl) : decl + xml;
    // use the entity where a text node exists, else just declare it (a DOCTYPE alone must be refused too)
    return out.replaceFirst("<t>([^<]*)</t>", "<t>&xxe;</t>");
  }

  private static byte[] rewriteBytes(byte[] xlsx, String entry, java.util.function.UnaryOperator<byte[]> edit) {
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          byte[] data = in.readAllBytes();
          if (e.getName().equals(entry)) data = edit.apply(data);
          zip.putNextEntry(new ZipEntry(e.getName()));
          zip.write(data);
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }
}
