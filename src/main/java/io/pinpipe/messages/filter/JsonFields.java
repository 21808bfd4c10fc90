package io.pinpipe.messages.filter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON fields one expression reads, and how to read just those from a value in one pass of Jackson's streaming
 * parser: other fields are skipped without building anything, and reading stops as soon as every field was seen
 * (a field near the start of a large value costs little). Each field found becomes a small tree.
 */
final class JsonFields {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** A step in the paths: the fields and indexes below it, and the paths that end here. */
    private static final class Step {
        final Map<String, Step> fields = new LinkedHashMap<>();
        final Map<Integer, Step> indexes = new HashMap<>();
        /** Paths ending here or below, with what is left of them from here; set only where a path ends. */
        final List<Map.Entry<Integer, JsonPath>> captures = new ArrayList<>();
        boolean ends;
    }

    private final List<JsonPath> paths;
    private final Step root = new Step();
    private final int capturePoints;

    JsonFields(List<JsonPath> paths) {
        this.paths = List.copyOf(paths);
        for (JsonPath path : this.paths) {
            Step step = root;
            for (Object name : path.steps()) {
                step = name instanceof Integer index ? step.indexes.computeIfAbsent(index, i -> new Step())
                        : step.fields.computeIfAbsent((String) name, n -> new Step());
            }
            step.ends = true;
        }
        this.capturePoints = prepare(root, 0);
    }

    /** Collects the paths nearest the top that end: below one of them, fields are found in its tree. */
    private int prepare(Step step, int depth) {
        if (step.ends) {
            for (int id = 0; id < paths.size(); id++) {
                List<Object> steps = paths.get(id).steps();
                if (steps.size() >= depth && startsAt(step, steps, depth)) {
                    step.captures.add(Map.entry(id, new JsonPath(steps.subList(depth, steps.size()))));
                }
            }
            return 1;
        }
        int points = 0;
        for (Step child : step.fields.values()) {
            points += prepare(child, depth + 1);
        }
        for (Step child : step.indexes.values()) {
            points += prepare(child, depth + 1);
        }
        return points;
    }

    /** Whether the path passes through {@code step} (found by walking its first {@code depth} steps). */
    private boolean startsAt(Step step, List<Object> steps, int depth) {
        Step at = root;
        for (int i = 0; i < depth && at != null; i++) {
            at = steps.get(i) instanceof Integer index ? at.indexes.get(index) : at.fields.get((String) steps.get(i));
        }
        return at == step;
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }

    /** The slot of a path in the array {@link #read} fills, or -1 when the expression does not read it. */
    int slotOf(JsonPath path) {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i) == path) {
                return i;
            }
        }
        return paths.indexOf(path);
    }

    /** The fields of the value (a slot stays null when missing); null when the value is not a JSON object or array. */
    JsonNode[] read(byte[] value) {
        if (value == null || !io.pinpipe.messages.Rendering.startsLikeJson(value)) {
            return null;
        }
        var found = new JsonNode[paths.size()];
        try (JsonParser parser = FACTORY.createParser(value)) {
            parser.nextToken();
            new Walk(parser, found).value(root);
        } catch (IOException | RuntimeException e) {
            // Broken JSON: what was found before the break stays, the rest is missing (no match, no error).
        }
        return found;
    }

    /** One pass over one value. */
    private final class Walk {
        private final JsonParser parser;
        private final JsonNode[] found;
        private int left = capturePoints;
        /** Capture points already met: a key repeated in the value counts once (its last value is the one read). */
        private final java.util.Set<Step> met = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Walk(JsonParser parser, JsonNode[] found) {
            this.parser = parser;
            this.found = found;
        }

        /** At the first token of a value that {@code step} stands for. */
        void value(Step step) throws IOException {
            if (step.ends) {
                JsonNode tree = WrittenTree.read(parser);
                for (var capture : step.captures) {
                    found[capture.getKey()] = capture.getValue().find(tree);
                }
                if (met.add(step)) {
                    left--;
                }
                return;
            }
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT && !step.fields.isEmpty()) {
                object(step);
            } else if (token == JsonToken.START_ARRAY && !step.indexes.isEmpty()) {
                array(step);
            } else {
                parser.skipChildren();
            }
        }

        private void object(Step step) throws IOException {
            while (left > 0 && parser.nextToken() == JsonToken.FIELD_NAME) {
                Step child = step.fields.get(parser.currentName());
                parser.nextToken();
                if (child == null) {
                    parser.skipChildren();
                } else {
                    value(child);
                }
            }
        }

        private void array(Step step) throws IOException {
            int index = 0;
            JsonToken token;
            while (left > 0 && (token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
                Step child = step.indexes.get(index++);
                if (child == null) {
                    parser.skipChildren();
                } else {
                    value(child);
                }
            }
        }
    }
}
