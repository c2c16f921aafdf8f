package vn.binhdang.charts.theme;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.binhdang.charts.Lang;

/**
 * Number and date formats of one language. The separators are set here, not taken from the JDK's
 * locale data, so that a chart reads the same on every machine: Vietnamese "31,8" and "1.234",
 * English "31.8" and "1,234". Years are never grouped ("2023", not "2.023").
 *
 * <p>{@link DecimalFormat} is not thread-safe: the {@code *Format()} methods return new instances.
 */
public final class Formats {

    /** En dash between the limits of an interval: "101,3–115,6". */
    public static final String RANGE_DASH = "–";

    private final Lang lang;
    private final char decimal;
    private final char grouping;
    private final DateTimeFormatter date;

    private Formats(Lang lang, char decimal, char grouping, DateTimeFormatter date) {
        this.lang = lang;
        this.decimal = decimal;
        this.grouping = grouping;
        this.date = date;
    }

    public static Formats of(Lang lang) {
        return switch (lang) {
            case VI -> new Formats(lang, ',', '.', DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            case EN -> new Formats(lang, '.', ',', DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        };
    }

    public Lang lang() {
        return lang;
    }

    private DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
        s.setDecimalSeparator(decimal);
        s.setGroupingSeparator(grouping);
        s.setMinusSign('-');
        return s;
    }

    /** Fixed number of decimals, grouped thousands, half-up rounding (as people round by hand). */
    public NumberFormat fixedFormat(int decimals) {
        DecimalFormat f = new DecimalFormat("#,##0", symbols());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** Up to {@code maxDecimals}, trailing zeros dropped: axis ticks and targets ("60", "26,05", "31,8"). */
    public NumberFormat compactFormat(int maxDecimals) {
        DecimalFormat f = new DecimalFormat("#,##0", symbols());
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** Integer years without grouping. */
    public NumberFormat yearFormat() {
        DecimalFormat f = new DecimalFormat("0", symbols());
        f.setGroupingUsed(false);
        return f;
    }

    public String number(double value, int decimals) {
        return clean(fixedFormat(decimals).format(value));
    }

    public String integer(long value) {
        return fixedFormat(0).format(value);
    }

    /** A target as written in the plan: no trailing zeros, at most two decimals. */
    public String compact(double value) {
        return clean(compactFormat(2).format(value));
    }

    /** Minus sign of signed differences (U+2212, as typeset; a hyphen stays the minus of plain numbers). */
    public static final String MINUS = "−";

    /** A difference with its sign: "+4,1", "−4,1", "0,0". */
    public String signed(double value, int decimals) {
        String s = number(Math.abs(value), decimals);
        if (s.matches("0([.,]0+)?")) {
            return s;
        }
        return (value < 0 ? MINUS : "+") + s;
    }

    /** "101,3–115,6". */
    public String range(double lower, double upper, int decimals) {
        return number(lower, decimals) + RANGE_DASH + number(upper, decimals);
    }

    public String date(LocalDate day) {
        return date.format(day);
    }

    /**
     * Joins a formatted number and its unit the way each unit is written: "31,8 %", "1,85 lần",
     * "45,0/100.000 trẻ đẻ sống" (a unit starting with '/' is a rate denominator), "" unit → number only.
     */
    public static String withUnit(String number, String unit) {
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return unit.startsWith("/") ? number + unit : number + " " + unit;
    }

    /** Avoids "-0,0" after rounding a tiny negative. */
    private String clean(String s) {
        return s.matches("-0([.,]0+)?") ? s.substring(1) : s;
    }
}
