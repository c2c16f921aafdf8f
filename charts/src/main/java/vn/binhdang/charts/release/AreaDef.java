package vn.binhdang.charts.release;

import java.util.List;

import vn.binhdang.charts.Lang;

/** One row of {@code dim_area}: the district, its communes, the province and the country. */
public record AreaDef(String code, String parentCode, String level, String nameVi, String nameEn,
                      List<String> aliases) {

    public AreaDef {
        aliases = List.copyOf(aliases);
    }

    public String name(Lang lang) {
        return lang.pick(nameVi, nameEn);
    }
}
