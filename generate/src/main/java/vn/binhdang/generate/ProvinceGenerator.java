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
 * {@code generate --preset province}: a SYNTHETIC province on both maps of the 1 July 2025 reform. On the old map
 * (2015–2024 reports) {@value #DISTRICTS} districts of {@value #PER_DISTRICT} communes each, every district
 * reporting its own measures; on 1 July 2025 the districts are abolished and each district's communes are merged,
 * three or four at a time, into communes under the province, which send the 2025 reports. A few old communes are
 * split between two new ones by population: the crosswalk ({@code crosswalk/2025-07-01.csv}) says which old
 * communes make each new one, with those shares. Codes and names are synthetic ("Tổng Hợp", six-digit commune
 * codes, province 990): nothing here is a real place. The counts follow the sample's commune and district models,
 * and the faults machinery plants the sample's faults in the first district.
 *
 * <p>The province sets no plan ({@code plans.csv} has its header only): its reviews say "no target".
 */
public final class ProvinceGenerator {
  private ProvinceGenerator() {}

  static final int DISTRICTS = 8;
  static final int PER_DISTRICT = 10;
  static final int FROM_YEAR = 2015;
  public static final int TO_YEAR = 2025;
  static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
  static final String PROVINCE = "990";
  /** First code of the new map's communes, clear of the old map's (from {@link Profiles#FIRST_SYNTHETIC_CODE}). */
  static final int FIRST_NEW_CODE = 200_001;
  /** The share of a split commune that goes to the first of its two new communes. */
  static final double SPLIT_SHARE = 0.6;

  /** One new commune: the old ones that make it, each with its share. */
  record Merged(CommuneProfile profile, List<CommuneProfile> parts, List<Double> shares) {}

  /** What was written. */
  public record Summary(Path out, int oldCommunes, int newCommunes, int files, long rows, int crosswalkLines,
      List<PlantedFault> faults) {}

  public static Summary generate(Path out, long seed, boolean faults, boolean force) {
    SourceCatalogue source = SourceCatalogue.load(null);
    List<CommuneProfile> old = Profiles.synthetic(DISTRICTS * PER_DISTRICT, seed);
    List<Merged> merged = merge(old, seed);
    try {
      SampleGenerator.prepare(out.resolve("counts"), List.of(".csv"), "CSV files", force);
      SampleGenerator.prepare(out.resolve("crosswalk"), List.of(".csv"), "crosswalk files", force);
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
      Files.writeString(catalogue.resolve("areas.csv"), areas(old, merged), StandardCharsets.UTF_8);
      CatalogueLoader.fromDirectory(catalogue); // a broken result fails here, not in the pipeline
      Path crosswalk = out.resolve("crosswalk");
      Files.createDirectories(crosswalk);
      Files.writeString(crosswalk.resolve(MERGER + ".csv"), crosswalk(merged), StandardCharsets.UTF_8);
      Files.writeString(out.resolve("README.txt"), "SYNTHETIC data: a made-up province (code " + PROVINCE + ") of "
          + DISTRICTS + " districts and " + old.size() + " communes, merged on " + MERGER + " into " + merged.size()
          + " communes; written by 'binhdang generate --preset province --seed " + seed + "'. No real place.\n",
          StandardCharsets.UTF_8);
      return counts(out, source, old, merged, seed, faults);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  static String district(int d) {
    return PROVINCE + (d + 1);
  }

  /**
   * Each district's communes in runs of three (four for the last run), each run one new commune; in every second
   * district the last commune of the first run is split, {@value #SPLIT_SHARE} to its run and the rest to the next.
   */
  static List<Merged> merge(List<CommuneProfile> old, long seed) {
    List<Merged> out = new ArrayList<>();
    for (int d = 0; d < DISTRICTS; d++) {
      List<CommuneProfile> mine = old.subList(d * PER_DISTRICT, (d + 1) * PER_DISTRICT);
      int[][] runs = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8, 9}};
      boolean split = d % 2 == 0;
      for (int g = 0; g < runs.length; g++) {
        List<CommuneProfile> parts = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (int i : runs[g]) {
          parts.add(mine.get(i));
          shares.add(split && g == 0 && i == 2 ? SPLIT_SHARE : 1.0);
        }
        if (split && g == 1) {
          parts.add(0, mine.get(2));
          shares.add(0, 1 - SPLIT_SHARE);
        }
        out.add(new Merged(profile(FIRST_NEW_CODE + out.size(), parts, shares, seed), parts, shares));
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

  private static String areas(List<CommuneProfile> old, List<Merged> merged) {
    String last = MERGER.minusDays(1).toString();
    StringBuilder sb = new StringBuilder("code,parent_code,level,name_vi,name_en,aliases,valid_from,valid_to\n");
    sb.append("VN,,national,Toàn quốc,Viet Nam,Việt Nam|Viet Nam|Vietnam,,\n");
    sb.append(PROVINCE).append(",VN,province,Tỉnh Tổng Hợp,Synthetic province,,,\n");
    for (int d = 0; d < DISTRICTS; d++) {
      sb.append(district(d)).append(",").append(PROVINCE).append(",district,Huyện Tổng Hợp ").append(d + 1)
          .append(",Synthetic district ").append(d + 1).append(",,,").append(last).append("\n");
    }
    for (int i = 0; i < old.size(); i++) {
      CommuneProfile c = old.get(i);
      sb.append(c.code()).append(",").append(district(i / PER_DISTRICT)).append(",").append(c.town() ? "town" : "commune")
          .append(",").append(c.nameVi()).append(",").append(Profiles.syntheticNameEn(i, c.town())).append(",")
          .append(Profiles.syntheticBareName(i)).append("|").append(Faults.variantSpelling(Profiles.syntheticBareName(i)))
          .append(",,").append(last).append("\n");
    }
    for (int i = 0; i < merged.size(); i++) {
      CommuneProfile c = merged.get(i).profile();
      sb.append(c.code()).append(",").append(PROVINCE).append(",").append(c.nameVi().startsWith("Phường") ? "ward" : "commune")
          .append(",").append(c.nameVi()).append(",Synthetic new commune ").append(four(i + 1)).append(",,")
          .append(MERGER).append(",\n");
    }
    return sb.toString();
  }

  private static String crosswalk(List<Merged> merged) {
    StringBuilder sb = new StringBuilder("old_code,new_code,effective_date,share,basis\n");
    for (Merged m : merged) {
      for (int i = 0; i < m.parts().size(); i++) {
        double share = m.shares().get(i);
        sb.append(m.parts().get(i).code()).append(",").append(m.profile().code()).append(",").append(MERGER)
            .append(",").append(share == 1.0 ? "1" : String.valueOf(share)).append(",")
            .append(share == 1.0 ? "whole" : "population").append("\n");
      }
    }
    return sb.toString();
  }

  private static Summary counts(Path out, SourceCatalogue source, List<CommuneProfile> old, List<Merged> merged,
      long seed, boolean withFaults) throws IOException {
    List<Measure> communeMeasures = source.catalogue().measures().stream().filter(Measure::communeLevel).toList();
    List<Measure> districtMeasures = source.catalogue().measures().stream().filter(m -> !m.communeLevel()).toList();
    CommuneModel model = new CommuneModel(Calibration.KON_RAY);
    List<CommuneProfile> first = old.subList(0, PER_DISTRICT);
    List<Faults.Placement> faults = withFaults ? Faults.plan(first, district(0), FROM_YEAR, TO_YEAR - 1) : List.of();
    List<PlantedFault> planted = new ArrayList<>();
    int files = 0;
    long rows = 0;
    for (int year = FROM_YEAR; year <= TO_YEAR; year++) {
      Path dir = out.resolve("counts").resolve(String.valueOf(year));
      Files.createDirectories(dir);
      List<CommuneProfile> reporting = year < MERGER.getYear() ? old : merged.stream().map(Merged::profile).toList();
      for (CommuneProfile p : reporting) {
        Values v = model.simulate(p, year, Rng.of(seed, "report", p.code(), year));
        Report r = SampleGenerator.report(seed, p.code(), year, communeMeasures, v,
            m -> SampleGenerator.communeSource(m, p));
        planted.addAll(Faults.plant(faults, r, p.nameVi()));
        SampleGenerator.write(dir, r);
        files++;
        rows += r.rows().size();
      }
      if (year >= MERGER.getYear()) continue; // the districts are abolished; their measures have no owner yet
      for (int d = 0; d < DISTRICTS; d++) {
        List<CommuneProfile> mine = old.subList(d * PER_DISTRICT, (d + 1) * PER_DISTRICT);
        double population = mine.stream().mapToDouble(CommuneProfile::population2023).sum();
        DistrictModel districtModel = new DistrictModel(Calibration.KON_RAY, seed + d, mine.size(), population);
        Values v = districtModel.simulate(district(d), year, Rng.of(seed, "report", district(d), year));
        Report r = SampleGenerator.report(seed, district(d), year, districtMeasures, v,
            SampleGenerator::districtSource);
        planted.addAll(Faults.plant(faults, r, "Huyện Tổng Hợp " + (d + 1)));
        SampleGenerator.write(dir, r);
        files++;
        rows += r.rows().size();
      }
    }
    int lines = merged.stream().mapToInt(m -> m.parts().size()).sum();
    return new Summary(out, old.size(), merged.size(), files, rows, lines, planted);
  }
}
