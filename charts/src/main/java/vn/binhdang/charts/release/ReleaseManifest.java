package vn.binhdang.charts.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the pack shows of a release's {@code manifest.json}: run id and time, the inputs with their row
 * accounting, the row count of every table and the rejects per rule. Read as a JSON tree, so that
 * fields added to the manifest later are ignored and missing ones are empty.
 */
public record ReleaseManifest(String runId, OffsetDateTime createdAt, Map<String, String> parameters,
                              List<Input> inputs, Map<String, Long> tableRows, Map<String, Long> rejectsByRule) {

    /** One input file and where its rows went (read = staged + rejected). */
    public record Input(String file, String kind, long rowsRead, long rowsStaged, long rowsRejected) {
    }

    public ReleaseManifest {
        parameters = Map.copyOf(parameters);
        inputs = List.copyOf(inputs);
        tableRows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tableRows));
        rejectsByRule = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rejectsByRule));
    }

    public static final String FILE = "manifest.json";

    /** The manifest of a release directory; empty when the file is not there (a release being rendered before publication). */
    public static Optional<ReleaseManifest> read(Path releaseDir) {
        Path file = releaseDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readString(file)));
        } catch (IOException e) {
            throw new ReleaseException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static ReleaseManifest parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new ReleaseException("manifest.json is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ReleaseException("manifest.json is not a JSON object");
        }
        OffsetDateTime created = null;
        String createdText = root.path("created_at").asText(null);
        if (createdText != null) {
            try {
                created = OffsetDateTime.parse(createdText);
            } catch (DateTimeParseException e) {
                created = null;
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        root.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
        List<Input> inputs = new ArrayList<>();
        for (JsonNode in : root.path("inputs")) {
            inputs.add(new Input(in.path("file").asText(""), in.path("kind").asText(""), in.path("rows_read").asLong(),
                    in.path("rows_staged").asLong(), in.path("rows_rejected").asLong()));
        }
        Map<String, Long> tables = new LinkedHashMap<>();
        for (JsonNode t : root.path("tables")) {
            tables.put(t.path("name").asText(""), t.path("rows").asLong());
        }
        Map<String, Long> rules = new LinkedHashMap<>();
        root.path("rejects_by_rule").fields().forEachRemaining(e -> rules.put(e.getKey(), e.getValue().asLong()));
        return new ReleaseManifest(root.path("run_id").asText(null), created, parameters, inputs, tables, rules);
    }

    public long rowsRead() {
        return inputs.stream().mapToLong(Input::rowsRead).sum();
    }

    public long rowsStaged() {
        return inputs.stream().mapToLong(Input::rowsStaged).sum();
    }

    public long rowsRejected() {
        return inputs.stream().mapToLong(Input::rowsRejected).sum();
    }
}
