package vn.binhdang.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.binhdang.catalogue.CatalogueLoader;
import vn.binhdang.catalogue.Measure;

/**
 * {@code generate --preset province|nation}: a SYNTHETIC part of the country on both maps of the 1 July 2025
 * reform ({@link ReformShape}). On the old map (2015–2024 reports) provinces of districts of communes, every
 * district reporting its own measures; on 1 July 2025 the districts are abolished, some provinces are merged
 * (a crosswalk line each, whole), and each district's communes are merged three or four at a time into communes
 * under the (new) province, which send the 2025 reports. In every second district one old commune is split
 * between two new ones by population. The crosswalk ({@code crosswalk/2025-07-01.csv}) says which old areas make
 * each new one, with those shares. Codes and names are synthetic ("Tổng Hợp", six-digit commune codes, provinces
 * 9xx): nothing here is a real place. The counts follow the sample's commune and district models, and the faults
 * machinery plants the sample's faults in the first district.
 *
 * <p>No plan is set ({@code plans.csv} has its header only): the reviews say "no target".
 */
public final class MapReformGenerator {
  private MapReformGenerator() {}

  static final int FROM_YEAR = 2015;
  public static final int TO_YEAR = 2025;
  static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
  /** The one province of a one-province shape. */
  static final String PROVINCE = "990";
  /** First code of the new provinces made by a merger (old provinces are 901, 902, …). */
  static final int FIRST_NEW_PROVINCE = 971;
  /** First code of the new map's communes, clear of the old map's (from {@link Profiles#FIRST_SYNTHETIC_CODE}). */
  static final int FIRST_NEW_CODE = 200_001;
  /** The share of a split commune that goes to the first of its two new communes. */
  static final double SPLIT_SHARE = 0.6;

  /** One new commune: the old ones that make it, each with its share, and its province. */
  record Merged(CommuneProfile profile, List<CommuneProfile> parts, List<Double> shares, String province) {}

  /** An old province and the province it is part of from the merger (its own code when unchanged). */
  record Province(String code, String successor) {
    boolean unchanged() {
      return code.equals(successor);
    }
  }

  /** What was written. */
  public record Summary(Path out, ReformShape shape, int oldCommunes, int newCommunes, int files, long rows,
      int crosswalkLines, List<PlantedFault> faults) {}

  /** Both maps of a shape: old provinces with their successors, old communes, new communes. */
  record Maps(ReformShape shape, List<Province> provinces, List<CommuneProfile> old, List<Merged> merged) {
    String district(int d) {
      String p = provinces.get(d / shape.districtsPerProvince()).code();
      int n = d % shape.districtsPerProvince() + 1;
      return p + (shape.districtsPerProvince() < 10 ? String.valueOf(n) : two(n));
    }

    String districtName(int d) {
      return shape.provinces() == 1 ? String.valueOf(d + 1)
          : two(d / shape.districtsPerProvince() + 1) + "." + two(d % shape.districtsPerProvince() + 1);
    }

    List<CommuneProfile> communesOf(int d) {
      return old.subList(d * shape.communesPerDistrict(), (d + 1) * shape.communesPerDistrict());
    }

    List<String> newProvinces() {
      return provinces.stream().filter(p -> !p.unchanged()).map(Province::successor).distinct().toList();
    }

    int crosswalkLines() {
      return merged.stream().mapToInt(m -> m.parts().size()).sum() + (int) provinces.stream()
          .filter(p -> !p.unchanged()).count();
    }
  }

  public static Summary generate(ReformShape shape, Path out, long seed, boolean faults, boolean force) {
    SourceCatalogue source = SourceCatalogue.load(null);
    Maps maps = maps(shape, seed);
    try {
      SampleGenerator.prepare(out.resolve("counts"), List.of(".csv"), "CSV files", force);
      SampleGenerator.prepare(out.resolve("crosswalk"), List.of(".csv"), "crosswalk files", force);
      writeMaps(maps, source, out);
      Files.writeString(out.resolve("README.txt"), "SYNTHETIC data (" + shape.preset() + " preset): " + shape.provinces()
          + " made-up province(s) of " + shape.districts() + " districts and " + maps.old().size() + " communes, merged on "
          + MERGER + " into " + shape.newProvinces() + " province(s) and " + maps.merged().size()
          + " communes; written by 'binhdang generate --preset " + shape.preset() + " --seed " + seed
          + "'. No real place.\n", StandardCharsets.UTF_8);
      return counts(out, source, maps, seed, faults);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  /** The catalogue of both maps (OUT/catalogue, no plan) and the crosswalk (OUT/crosswalk/2025-07-01.csv). */
  static void writeMaps(Maps maps, SourceCatalogue source, Path out) throws IOException {
    Path catalogue = out.resolve("catalogue");
    Files.createDirectories(catalogue);
    for (String f : List.of("objectives.csv", "measures.csv", "indicators.csv", "dq_rules.csv")) {
      Files.write(catalogue.resolve(f), source.raw(f));
    }
    Files.write(catalogue.resolve(CatalogueLoader.METADATA), source.raw(CatalogueLoader.METADATA));
    Files.writeString(catalogue.resolve(CatalogueLoader.PLANS),
        "plan,area_code,first_year,last_year,name_vi,name_en,source\n", StandardCharsets.UTF_8);
    Files.writeString(catalogue.resolve(CatalogueLoader.TARGETS),
        "plan,indicator,year,sex,target,direction,tolerance\n", StandardCharsets.UTF_8);
    Files.writeString(catalogue.resolve("areas.csv"), areas(maps), StandardCharsets.UTF_8);
    CatalogueLoader.fromDirectory(catalogue); // a broken result fails here, not in the pipeline
    Path crosswalk = out.resolve("crosswalk");
    Files.createDirectories(crosswalk);
    Files.writeString(crosswalk.resolve(MERGER + ".csv"), crosswalk(maps), StandardCharsets.UTF_8);
  }

  /** Both maps of a shape, without writing anything. */
  static Maps maps(ReformShape shape, long seed) {
    List<Province> provinces = new ArrayList<>();
    int merged = shape.provinces() - shape.unchangedProvinces();
    int groups = shape.newProvinces() - shape.unchangedProvinces();
    for (int p = 0; p < shape.provinces(); p++) {
      String code = shape.provinces() == 1 ? PROVINCE : "9" + two(p + 1);
      if (p < shape.unchangedProvinces()) {
        provinces.add(new Province(code, code));
      } else {
        // merged provinces in consecutive groups, the first (merged % groups) groups one province larger
        int i = p - shape.unchangedProvinces(), base = merged / groups, larger = merged % groups;
        int group = i < larger * (base + 1) ? i / (base + 1) : larger + (i - larger * (base + 1)) / base;
        provinces.add(new Province(code, String.valueOf(FIRST_NEW_PROVINCE + group)));
      }
    }
    List<CommuneProfile> old = Profiles.synthetic(shape.oldCommunes(), seed);
    Maps partial = new Maps(shape, provinces, old, List.of());
    return new Maps(shape, provinces, old, merge(partial, seed));
  }

  /**
   * Each district's communes in runs of three (the last run taking the remainder), each run one new commune; in
   * every second district the last commune of the first run is split, {@value #SPLIT_SHARE} to its run and the
   * rest to the next.
   */
  private static List<Merged> merge(Maps maps, long seed) {
    List<Merged> out = new ArrayList<>();
    ReformShape shape = maps.shape();
    for (int d = 0; d < shape.districts(); d++) {
      List<CommuneProfile> mine = maps.communesOf(d);
      String province = maps.provinces().get(d / shape.districtsPerProvince()).successor();
      int runs = shape.newCommunesPerDistrict();
      boolean split = d % 2 == 0;
      for (int g = 0; g < runs; g++) {
        List<CommuneProfile> parts = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        int last = g == runs - 1 ? mine.size() : 3 * g + 3;
        for (int i = 3 * g; i < last; i++) {
          parts.add(mine.get(i));
          shares.add(split && g == 0 && i == 2 ? SPLIT_SHARE : 1.0);
        }
        if (split && g == 1) {
          parts.add(0, mine.get(2));
          shares.add(0, 1 - SPLIT_SHARE);
        }
        out.add(new Merged(profile(FIRST_NEW_CODE + out.size(), parts, shares, seed), parts, shares, province));
      }
    }
    return out;
  }

  /** A new commune as the generator sees it: the parts' sizes by share, their character weighted by population. */
  private static CommuneProfile profile(int code, List<CommuneProfile> parts, List<Double> shares, long seed) {
    double pop = 0, growth = 0, remote = 0, ethnic = 0, schools = 0, organisations = 0;
    boolean town = false;
    for (int i = 0; i < parts.size(); i++) {
      CommuneProfile p = parts.get(i);
      double w = shares.get(i) * p.population2023();
      pop += w;
      growth += w * p.growth();
      remote += w * p.remoteness();
      ethnic += w * p.ethnicShare();
      schools += shares.get(i) * p.schools();
      organisations += shares.get(i) * p.organisations();
      town |= p.town();
    }
    String c = String.valueOf(code);
    int index = code - FIRST_NEW_CODE;
    return new CommuneProfile(c, (town ? "Phường " : "Xã ") + "Tổng Hợp Mới " + four(index + 1), false,
        (int) Math.round(pop), growth / pop, remote / pop, ethnic / pop, (int) Math.round(schools),
        (int) Math.round(organisations), CommuneEffects.draw(seed, c));
  }

  private static String four(int n) {
    return String.format(Locale.ROOT, "%04d", n);
  }

  private static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  private static String areas(Maps maps) {
    ReformShape shape = maps.shape();
    String last = MERGER.minusDays(1).toString();
    StringBuilder sb = new StringBuilder("code,parent_code,level,name_vi,name_en,aliases,valid_from,valid_to\n");
    sb.append("VN,,national,Toàn quốc,Viet Nam,Việt Nam|Viet Nam|Vietnam,,\n");
    for (int p = 0; p < shape.provinces(); p++) {
      Province province = maps.provinces().get(p);
      String n = shape.provinces() == 1 ? "" : " " + two(p + 1);
      sb.append(province.code()).append(",VN,province,Tỉnh Tổng Hợp").append(n).append(",Synthetic province")
          .append(n).append(",,,").append(province.unchanged() ? "" : last).append("\n");
    }
    List<String> newProvinces = maps.newProvinces();
    for (int i = 0; i < newProvinces.size(); i++) {
      sb.append(newProvinces.get(i)).append(",VN,province,Tỉnh Tổng Hợp Mới ").append(two(i + 1))
          .append(",Synthetic new province ").append(two(i + 1)).append(",,").append(MERGER).append(",\n");
    }
    for (int d = 0; d < shape.districts(); d++) {
      sb.append(maps.district(d)).append(",").append(maps.provinces().get(d / shape.districtsPerProvince()).code())
          .append(",district,Huyện Tổng Hợp ").append(maps.districtName(d)).append(",Synthetic district ")
          .append(maps.districtName(d)).append(",,,").append(last).append("\n");
    }
    List<CommuneProfile> old = maps.old();
    for (int i = 0; i < old.size(); i++) {
      CommuneProfile c = old.get(i);
      sb.append(c.code()).append(",").append(maps.district(i / shape.communesPerDistrict())).append(",")
          .append(c.town() ? "town" : "commune").append(",").append(c.nameVi()).append(",")
          .append(Profiles.syntheticNameEn(i, c.town())).append(",").append(Profiles.syntheticBareName(i)).append("|")
          .append(Faults.variantSpelling(Profiles.syntheticBareName(i))).append(",,").append(last).append("\n");
    }
    List<Merged> merged = maps.merged();
    for (int i = 0; i < merged.size(); i++) {
      CommuneProfile c = merged.get(i).profile();
      sb.append(c.code()).append(",").append(merged.get(i).province()).append(",")
          .append(c.nameVi().startsWith("Phường") ? "ward" : "commune").append(",").append(c.nameVi())
          .append(",Synthetic new commune ").append(four(i + 1)).append(",,").append(MERGER).append(",\n");
    }
    return sb.toString();
  }

  private static String crosswalk(Maps maps) {
    StringBuilder sb = new StringBuilder("old_code,new_code,effective_date,share,basis\n");
    for (Province p : maps.provinces()) {
      if (!p.unchanged()) sb.append(p.code()).append(",").append(p.successor()).append(",").append(MERGER).append(",1,whole\n");
    }
    for (Merged m : maps.merged()) {
      for (int i = 0; i < m.parts().size(); i++) {
        double share = m.shares().get(i);
        sb.append(m.parts().get(i).code()).append(",").append(m.profile().code()).append(",").append(MERGER)
            .append(",").append(share == 1.0 ? "1" : String.valueOf(share)).append(",")
            .append(share == 1.0 ? "whole" : "population").append("\n");
      }
    }
    return sb.toString();
  }

  private static Summary counts(Path out, SourceCatalogue source, Maps maps, long seed, boolean withFaults)
      throws IOException {
    ReformShape shape = maps.shape();
    List<Measure> communeMeasures = source.catalogue().measures().stream().filter(Measure::communeLevel).toList();
    List<Measure> districtMeasures = source.catalogue().measures().stream().filter(m -> !m.communeLevel()).toList();
    CommuneModel model = new CommuneModel(Calibration.KON_RAY);
    List<Faults.Placement> faults = withFaults
        ? Faults.plan(maps.communesOf(0), maps.district(0), FROM_YEAR, TO_YEAR - 1) : List.of();
    List<PlantedFault> planted = new ArrayList<>();
    List<CommuneProfile> newCommunes = maps.merged().stream().map(Merged::profile).toList();
    int files = 0;
    long rows = 0;
    for (int year = FROM_YEAR; year <= TO_YEAR; year++) {
      Path dir = out.resolve("counts").resolve(String.valueOf(year));
      Files.createDirectories(dir);
      for (CommuneProfile p : year < MERGER.getYear() ? maps.old() : newCommunes) {
        Values v = model.simulate(p, year, Rng.of(seed, "report", p.code(), year));
        Report r = SampleGenerator.report(seed, p.code(), year, communeMeasures, v,
            m -> SampleGenerator.communeSource(m, p));
        planted.addAll(Faults.plant(faults, r, p.nameVi()));
        SampleGenerator.write(dir, r);
        files++;
        rows += r.rows().size();
      }
      if (year >= MERGER.getYear()) continue; // the districts are abolished; their measures have no owner yet
      for (int d = 0; d < shape.districts(); d++) {
        List<CommuneProfile> mine = maps.communesOf(d);
        String district = maps.district(d);
        double population = mine.stream().mapToDouble(CommuneProfile::population2023).sum();
        DistrictModel districtModel = new DistrictModel(Calibration.KON_RAY, seed + d, mine.size(), population);
        Values v = districtModel.simulate(district, year, Rng.of(seed, "report", district, year));
        Report r = SampleGenerator.report(seed, district, year, districtMeasures, v, SampleGenerator::districtSource);
        planted.addAll(Faults.plant(faults, r, "Huyện Tổng Hợp " + maps.districtName(d)));
        SampleGenerator.write(dir, r);
        files++;
        rows += r.rows().size();
      }
    }
    return new Summary(out, shape, maps.old().size(), newCommunes.size(), files, rows, maps.crosswalkLines(), planted);
  }
}
