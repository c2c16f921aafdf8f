package vn.binhdang.charts.theme;

import java.awt.Color;

/**
 * The four traffic lights of target status. Each is coded three ways, so that no reader depends on
 * colour: an Okabe–Ito colour (distinct for the common colour-vision deficiencies and in grey print),
 * a shape, and a symbol inside the shape; pages print the status word beside it as well.
 */
public enum Light {
    ACHIEVED(Palette.BLUISH_GREEN, Color.WHITE, Shape.CIRCLE, "✓"),
    CANNOT_TELL(Palette.ORANGE, Palette.TEXT, Shape.DIAMOND, "?"),
    NOT_ACHIEVED(Palette.VERMILLION, Color.WHITE, Shape.SQUARE, "✗"),
    NO_DATA(new Color(0xB4, 0xB4, 0xB4), Palette.TEXT, Shape.RING, "–");

    /** Outline of the light. */
    public enum Shape {
        CIRCLE, DIAMOND, SQUARE, RING
    }

    private final Color colour;
    private final Color symbolColour;
    private final Shape shape;
    private final String symbol;

    Light(Color colour, Color symbolColour, Shape shape, String symbol) {
        this.colour = colour;
        this.symbolColour = symbolColour;
        this.shape = shape;
        this.symbol = symbol;
    }

    public Color colour() {
        return colour;
    }

    public Color symbolColour() {
        return symbolColour;
    }

    public Shape shape() {
        return shape;
    }

    public String symbol() {
        return symbol;
    }
}
