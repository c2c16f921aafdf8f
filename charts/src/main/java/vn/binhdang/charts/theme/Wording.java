package vn.binhdang.charts.theme;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import vn.binhdang.charts.Lang;

/**
 * How a pack names the area it is about and the areas it compares: "toàn huyện" and "các xã, thị trấn" for a
 * district, "toàn tỉnh" and "các xã, phường" for a province on the 2025 map, "toàn tỉnh" and "các huyện" for a
 * province before it, "toàn quốc" and "các tỉnh" for the nation. The message files write these words as
 * placeholders ({@code {w.whole}}, {@code {w.units}} …, see {@link #placeholders}); {@link Messages#of(Lang,
 * Wording)} fills them once, so every sentence of a pack uses the same words.
 *
 * @param scope the level of the pack's area: {@code national}, {@code province} or {@code district}
 * @param units the kind of areas under it: {@link Units}
 */
public record Wording(String scope, Units units) {

    /** The kind of areas a pack compares. */
    public enum Units {
        /** Communes and towns under a district (the old map). */
        COMMUNES_TOWNS,
        /** Communes and wards under a province (the 2025 map). */
        COMMUNES_WARDS,
        DISTRICTS,
        PROVINCES
    }

    /** Kon Rẫy's wording: a district and its communes and town; the texts as they read without a scope. */
    public static final Wording DISTRICT = new Wording("district", Units.COMMUNES_TOWNS);

    public Wording {
        if (!scope.equals("national") && !scope.equals("province") && !scope.equals("district")) {
            throw new IllegalArgumentException("a pack is about a district, a province or the nation, not a " + scope);
        }
    }

    /**
     * The wording of an area of level {@code scopeLevel} whose children have the levels {@code childLevels} (as
     * in {@code dim_area}: commune, town, ward, district, province); a district's when it has none.
     */
    public static Wording of(String scopeLevel, Collection<String> childLevels) {
        String scope = switch (scopeLevel) {
            case "national", "province" -> scopeLevel;
            default -> "district";
        };
        Units units;
        if (childLevels.contains("province")) {
            units = Units.PROVINCES;
        } else if (childLevels.contains("district")) {
            units = Units.DISTRICTS;
        } else if (childLevels.contains("ward") || (!childLevels.contains("town") && !scope.equals("district"))) {
            units = Units.COMMUNES_WARDS;
        } else {
            units = Units.COMMUNES_TOWNS;
        }
        return new Wording(scope, units);
    }

    /**
     * The words for the placeholders, in a language: {@code w.whole} "toàn huyện" / "the district", {@code w.Whole}
     * capitalised, {@code w.scope} "huyện" / "district", {@code w.Scope}, {@code w.unit} "xã" / "commune",
     * {@code w.Unit}, {@code w.units} "xã, thị trấn" / "communes", {@code w.Units}, and {@code w.reporting} the
     * reporting units a coverage counts ("xã, thị trấn", or "xã, phường" on the 2025 map).
     */
    public Map<String, String> placeholders(Lang lang) {
        boolean vi = lang == Lang.VI;
        String scopeWord = switch (scope) {
            case "national" -> vi ? "cả nước" : "country";
            case "province" -> vi ? "tỉnh" : "province";
            default -> vi ? "huyện" : "district";
        };
        String whole = switch (scope) {
            case "national" -> vi ? "toàn quốc" : "the country";
            default -> vi ? "toàn " + scopeWord : "the " + scopeWord;
        };
        String unit = switch (units) {
            case PROVINCES -> vi ? "tỉnh" : "province";
            case DISTRICTS -> vi ? "huyện" : "district";
            default -> vi ? "xã" : "commune";
        };
        String unitsWord = switch (units) {
            case COMMUNES_TOWNS -> vi ? "xã, thị trấn" : "communes";
            case COMMUNES_WARDS -> vi ? "xã, phường" : "communes and wards";
            case DISTRICTS -> vi ? "huyện" : "districts";
            case PROVINCES -> vi ? "tỉnh" : "provinces";
        };
        // the reporting units a coverage count is of: communes and towns before the reform, communes and wards after
        String reporting = units == Units.COMMUNES_WARDS ? (vi ? "xã, phường" : "communes and wards")
                : (vi ? "xã, thị trấn" : "communes");
        return Map.of("w.whole", whole, "w.Whole", capital(whole), "w.scope", scopeWord, "w.Scope", capital(scopeWord),
                "w.unit", unit, "w.Unit", capital(unit), "w.units", unitsWord, "w.Units", capital(unitsWord),
                "w.reporting", reporting);
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
