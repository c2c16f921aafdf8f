package vn.binhdang.generate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator wrote of the registers.
 *
 * @param dir the registers folder ({@code OUT/registers})
 * @param records data lines per register folder ("births", ...), planted faults included
 * @param fromYear first register year
 * @param toYear last register year
 */
public record RegisterSummary(Path dir, int files, long bytes, Map<String, Long> records, int fromYear, int toYear,
    List<PlantedRegisterFault> faults) {

  public RegisterSummary {
    records = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(records));
    faults = List.copyOf(faults);
  }

  public long totalRecords() {
    return records.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Records the pipeline must reject because of the planted faults. */
  public long rejectedRecords() {
    return faults.stream().mapToLong(f -> f.rejectedLines().size()).sum();
  }
}
