package vn.binhdang.charts.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measuring and wrapping text for PDF pages (PDFBox draws text but does not lay it out). */
final class PdfText {

    private PdfText() {
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greedy word wrap to {@code maxWidth}; a single word longer than the line stays on its own line. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(font, size, candidate) > maxWidth) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text cut with an ellipsis so that it fits {@code maxWidth} (single-line labels only). */
    static String fit(PDFont font, float size, String text, float maxWidth) {
        if (text == null || width(font, size, text) <= maxWidth) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && width(font, size, s + "…") > maxWidth) {
            s = s.substring(0, s.length() - 1);
        }
        return s.stripTrailing() + "…";
    }
}
