package vn.binhdang.generate;

import java.util.List;
import vn.binhdang.catalogue.RejectRule;

/**
 * A fault as planted: where it is and what the pipeline must do with it.
 *
 * @param file path below the output folder ({@code counts/2021/23491.csv})
 * @param lines the file lines the fault touches (empty when it removed a line)
 * @param rejectedLines the lines that must be rejected, each with {@link #rule()}
 * @param rule the reject rule, null when the rows are valid
 * @param description what was done, in one line
 */
public record PlantedFault(String file, FaultKind kind, List<Long> lines, List<Long> rejectedLines, RejectRule rule,
    String description) {

  public PlantedFault {
    lines = List.copyOf(lines);
    rejectedLines = List.copyOf(rejectedLines);
  }

  /** "line 57", "lines 20, 21, 22" or "lines 2–72" for a whole file; empty when no line is left. */
  public String where() {
    if (lines.isEmpty()) return "";
    if (lines.size() == 1) return "line " + lines.get(0);
    boolean contiguous = lines.get(lines.size() - 1) - lines.get(0) == lines.size() - 1;
    if (contiguous && lines.size() > 3) return "lines " + lines.get(0) + "–" + lines.get(lines.size() - 1);
    StringBuilder sb = new StringBuilder("lines ");
    for (int i = 0; i < lines.size(); i++) sb.append(i == 0 ? "" : ", ").append(lines.get(i));
    return sb.toString();
  }
}
