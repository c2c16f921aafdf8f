package vn.binhdang.catalogue;

import java.io.Serializable;
import java.util.List;

/**
 * What a reader of an indicator needs besides its formula (catalogue file {@code indicator_metadata.csv}): the
 * definition in words, where the data come from, the agency responsible, and how often it is reported.
 *
 * @param frequency {@code yearly}, {@code quarterly} or {@code monthly}: how often the values are reported
 */
public record IndicatorMetadata(String code, String definitionVi, String definitionEn, String sourceVi,
                                String sourceEn, String agencyVi, String agencyEn, String frequency)
    implements Serializable {

  /** The reporting frequencies the catalogue accepts. */
  public static final List<String> FREQUENCIES = List.of("yearly", "quarterly", "monthly");
}
