package io.pinpipe.messages.filter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Where a field sits in a JSON value: names and array indexes from the top, e.g. {@code $.user.tags[0]}. */
record JsonPath(List<Object> steps) {

    JsonPath {
        steps = List.copyOf(steps);
    }

    /** The field, or null when the value is not JSON or the path leads nowhere. */
    JsonNode find(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer index ? (node.isArray() ? node.get(index) : null) : node.get((String) step);
        }
        return node == null || node.isMissingNode() ? null : node;
    }

    String describe() {
        var out = new StringBuilder("$");
        for (Object step : steps) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                String name = (String) step;
                out.append('.').append(Lexer.isPlainName(name) && !Lexer.isReserved(name) ? name : Literal.quote(name));
            }
        }
        return out.toString();
    }
}
