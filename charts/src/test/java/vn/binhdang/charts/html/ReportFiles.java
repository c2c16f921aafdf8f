package vn.binhdang.charts.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reading the report's files in tests: pages parsed as XML (they are written XHTML-compatible), links. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** Parses a page with the JDK's XML parser; fails on any markup that is not well-formed. */
    static Document parse(Path page) {
        try {
            return parse(Files.readString(page, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new java.io.StringReader(xhtml)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed: " + e.getMessage(), e);
        }
    }

    static List<Element> select(Node context, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context,
                    XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** Text of an element with whitespace collapsed. */
    static String text(Node n) {
        return n.getTextContent().replaceAll("\\s+", " ").trim();
    }

    /** All the text of a page, and every attribute value (alt texts, titles, sort keys). */
    static String everything(Document d) {
        StringBuilder b = new StringBuilder(text(d.getDocumentElement()));
        for (Element e : select(d, "//*[@*]")) {
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                b.append(' ').append(e.getAttributes().item(i).getNodeValue());
            }
        }
        return b.toString();
    }

    /** The pages of a report folder. */
    static List<Path> pages(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder, relative, sorted. */
    static List<String> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The url(...) references of a style sheet. */
    static List<String> cssUrls(String css) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)").matcher(css);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
