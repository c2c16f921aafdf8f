package vn.binhdang.charts.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;

/**
 * Writes a chart as PNG. The chart is laid out in points, like on a PDF page, and drawn at
 * {@code scale} pixels per point, so that a PNG and the PDF page look alike and stay sharp on screens.
 */
public final class PngWriter {

    /** Layout size of a stand-alone chart, in points. */
    public static final double WIDTH_PT = 900;
    public static final double HEIGHT_PT = 520;
    /** Pixels per point: 900 × 520 pt gives 1800 × 1040 px. */
    public static final double SCALE = 2.0;

    /** Most pixels an image gets at {@link #SCALE}: 16 million (64 MB as 32-bit RGB). */
    static final double MAX_PIXELS = 16e6;

    private PngWriter() {
    }

    /**
     * Pixels per point for a chart of this size: {@link #SCALE}, or 1 for a chart so tall (bars for
     * hundreds of communes) that it would take hundreds of MB of memory at SCALE, several at a time.
     */
    public static double scaleFor(double widthPt, double heightPt) {
        return widthPt * heightPt * SCALE * SCALE > MAX_PIXELS ? 1.0 : SCALE;
    }

    public static Path write(JFreeChart chart, Path file) {
        return write(chart, file, WIDTH_PT, HEIGHT_PT, SCALE);
    }

    public static Path write(JFreeChart chart, Path file, double widthPt, double heightPt, double scale) {
        BufferedImage image = new BufferedImage((int) Math.round(widthPt * scale), (int) Math.round(heightPt * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        } finally {
            g2.dispose();
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            encode(image, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }

    /**
     * PNG with a fast deflate setting: charts are flat colours, so the file is barely larger and the
     * encoding several times faster than ImageIO's default (the pack writes dozens of these).
     */
    private static void encode(BufferedImage image, Path file) throws IOException {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        if (param.canWriteCompressed()) {
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(FAST_COMPRESSION);
        }
        Files.deleteIfExists(file);
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** ImageIO's quality for PNG maps to the deflate level: 1.0 = fastest, 0.0 = smallest. */
    static final float FAST_COMPRESSION = 0.75f;
}
