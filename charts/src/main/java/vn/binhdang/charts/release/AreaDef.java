package vn.binhdang.charts.release;

import java.time.LocalDate;
import java.util.List;

import vn.binhdang.charts.Lang;

/**
 * One row of {@code dim_area}: the district, its communes, the province and the country, over its period of
 * validity (a district abolished on 1 July 2025 ends 2025-06-30; a merged commune starts 2025-07-01).
 *
 * @param validFrom null when it existed before all the data
 * @param validTo   null while it exists
 */
public record AreaDef(String code, String parentCode, String level, String nameVi, String nameEn,
                      List<String> aliases, LocalDate validFrom, LocalDate validTo) {

    public AreaDef {
        aliases = List.copyOf(aliases);
    }

    /** An area that has always existed and still does. */
    public AreaDef(String code, String parentCode, String level, String nameVi, String nameEn, List<String> aliases) {
        this(code, parentCode, level, nameVi, nameEn, aliases, null, null);
    }

    public String name(Lang lang) {
        return lang.pick(nameVi, nameEn);
    }

    /** Whether it is on the map of a report year: it exists on 31 December, as the pipeline reads the maps. */
    public boolean onMapOf(int year) {
        LocalDate day = LocalDate.of(year, 12, 31);
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
