package io.pinpipe.messages.filter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A JSON value read into a tree whose numbers keep what was written: a decimal compares exactly (1.50 equals 1.5,
 * 0.1 is not 0.1000000000000000055...), and as text ({@code ~}) it is the number as the message holds it ("1.50", "1E2").
 */
final class WrittenTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** A decimal with the text it was written as. */
    static final class WrittenDecimal extends DecimalNode {
        private final String written;

        WrittenDecimal(BigDecimal value, String written) {
            super(value);
            this.written = written;
        }

        @Override
        public String asText() {
            return written;
        }
    }

    private WrittenTree() {
    }

    /** The value at the parser's current token (the parser is left at its last token). */
    static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return null;
        }
        switch (token) {
            case START_OBJECT -> {
                var object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                var array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                String written = parser.getText();
                try {
                    return new WrittenDecimal(new BigDecimal(written), written);
                } catch (NumberFormatException e) {
                    return NODES.numberNode(parser.getDoubleValue()); // an exponent beyond BigDecimal: as a double
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                parser.skipChildren();
                return NODES.missingNode();
            }
        }
    }
}
