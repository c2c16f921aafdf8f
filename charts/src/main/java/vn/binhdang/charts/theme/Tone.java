package vn.binhdang.charts.theme;

import java.awt.Color;

/** Whether a change is good news, bad news or neither; the colour of trend arrows (always with a word beside). */
public enum Tone {
    GOOD(Palette.BLUISH_GREEN), BAD(Palette.VERMILLION), NEUTRAL(Palette.MUTED_TEXT);

    private final Color colour;

    Tone(Color colour) {
        this.colour = colour;
    }

    public Color colour() {
        return colour;
    }
}
