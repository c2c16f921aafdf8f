package vn.binhdang.generate;

import java.util.List;
import vn.binhdang.catalogue.RejectRule;

/**
 * A register fault as planted.
 *
 * @param file path below the output folder ({@code registers/births/2022.csv})
 * @param lines the lines of the file the fault touches
 * @param rejectedLines the lines the pipeline must reject, each with {@link #rule()}
 * @param description what was done, in one line
 */
public record PlantedRegisterFault(String file, RegisterFaultKind kind, List<Long> lines, List<Long> rejectedLines,
    RejectRule rule, String description) {

  public PlantedRegisterFault {
    lines = List.copyOf(lines);
    rejectedLines = List.copyOf(rejectedLines);
  }

  /** "line 57" or "lines 20, 21". */
  public String where() {
    StringBuilder sb = new StringBuilder(lines.size() == 1 ? "line " : "lines ");
    for (int i = 0; i < lines.size(); i++) sb.append(i == 0 ? "" : ", ").append(lines.get(i));
    return sb.toString();
  }
}
