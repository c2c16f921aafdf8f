package vn.binhdang.charts.theme;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font family shipped in the jar ({@code /fonts/}, DejaVu Sans, licence beside it). System fonts
 * are never used: a server with a minimal font set shows Vietnamese as boxes. DejaVu Sans covers
 * Vietnamese and the signs the charts need (≥ ≤ ≈ – ·), which Noto Sans 2020 lacks.
 */
public final class ThemeFonts {

    /** Font styles shipped, with their resource names. */
    public enum Face {
        REGULAR("/fonts/DejaVuSans.ttf"), BOLD("/fonts/DejaVuSans-Bold.ttf");

        final String resource;

        Face(String resource) {
            this.resource = resource;
        }

        public String resource() {
            return resource;
        }
    }

    public static final String FAMILY = "DejaVu Sans";

    private final Font regular;
    private final Font bold;

    ThemeFonts() {
        this.regular = load(Face.REGULAR);
        this.bold = load(Face.BOLD);
    }

    private static Font load(Face face) {
        try (InputStream in = open(face)) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            // Registered so that text layout and JFreeChart find the face by name as well.
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + face.resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Bad font file " + face.resource, e);
        }
    }

    /** Opens the TTF bytes of a face, e.g. to embed it in a PDF. The caller closes the stream. */
    public static InputStream open(Face face) {
        InputStream in = ThemeFonts.class.getResourceAsStream(face.resource);
        if (in == null) {
            throw new IllegalStateException("Font " + face.resource + " is missing from the classpath");
        }
        return in;
    }

    public Font regular(float size) {
        return regular.deriveFont(Font.PLAIN, size);
    }

    public Font bold(float size) {
        return bold.deriveFont(Font.PLAIN, size);
    }

    public Font face(Face face, float size) {
        return face == Face.BOLD ? bold(size) : regular(size);
    }
}
