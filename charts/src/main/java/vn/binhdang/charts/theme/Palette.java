package vn.binhdang.charts.theme;

import java.awt.Color;

import vn.binhdang.charts.release.Sex;

/**
 * Colours of every chart. Series colours come from the Okabe–Ito palette, which stays distinct for the
 * common forms of colour blindness and in greyscale print; the sexes get fixed colours so that women
 * look the same on every page.
 */
public final class Palette {

    // Okabe & Ito (2008), "Color Universal Design".
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
    public static final Color BLACK = Color.BLACK;

    /** The palette in the order series take it when no fixed colour applies. */
    public static final Color[] SERIES = {BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, YELLOW};

    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED_TEXT = new Color(0x55, 0x55, 0x55);
    public static final Color BACKGROUND = Color.WHITE;
    public static final Color GRID = new Color(0xE0, 0xE0, 0xE0);
    public static final Color AXIS = new Color(0x80, 0x80, 0x80);
    public static final Color TARGET = new Color(0x33, 0x33, 0x33);
    /** Background of a year whose values are hidden by disclosure control. */
    public static final Color SUPPRESSED = new Color(0xF0, 0xF0, 0xF0);
    public static final Color RULE = new Color(0xC8, 0xC8, 0xC8);

    /** Commune bars and the dots of a dot-and-whisker chart. */
    public static final Color BAR = SKY_BLUE;
    /** Interval whiskers, the district line and the funnel's centre line. */
    public static final Color WHISKER = new Color(0x33, 0x33, 0x33);
    public static final Color DISTRICT = new Color(0x22, 0x22, 0x22);
    /** National comparison line (published series), drawn thin and dashed beside the district's own. */
    public static final Color NATIONAL = new Color(0x6E, 0x6E, 0x6E);
    /** Funnel limits: 95 % lighter, 99.8 % darker. */
    public static final Color LIMIT_95 = new Color(0x8C, 0x8C, 0x8C);
    public static final Color LIMIT_998 = new Color(0x4D, 0x4D, 0x4D);
    /** Communes outside the funnel, above and below: neutral hues (higher is not always better). */
    public static final Color HIGH = BLUE;
    public static final Color LOW = REDDISH_PURPLE;
    public static final Color INSIDE = new Color(0x99, 0x99, 0x99);
    /** Table rules and the shading of objective rows in tables. */
    public static final Color TABLE_RULE = new Color(0xD8, 0xD8, 0xD8);
    public static final Color TABLE_GROUP = new Color(0xEE, 0xF3, 0xF8);

    /** Opacity of interval bands: light enough that two overlapping bands stay readable. */
    public static final float BAND_ALPHA = 0.18f;

    private Palette() {
    }

    public static Color sex(Sex sex) {
        return switch (sex) {
            case F -> VERMILLION;
            case M -> BLUE;
            case T -> BLUISH_GREEN;
        };
    }
}
