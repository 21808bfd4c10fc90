package io.pinpipe.messages;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/** JSON text checked strictly (one value, nothing after it), with what is wrong in a person's words and its place. */
final class JsonText {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** What is wrong and where (1-based line and column). */
    record Problem(int line, int column, String words) {

        /** "line 2, column 5: unexpected character '}'". */
        String withLine() {
            return "line " + line + ", column " + column + ": " + words;
        }

        /** "column 5: unexpected character '}'" for a text of one line. */
        String withColumn() {
            return "column " + column + ": " + words;
        }
    }

    /** The parsed value, or the problem. */
    record Parsed(Optional<JsonNode> value, Optional<Problem> problem) {
    }

    private JsonText() {
    }

    static Parsed parse(String text) {
        try (var parser = MAPPER.createParser(text)) {
            if (parser.nextToken() == null) {
                return failed(new Problem(1, 1, "there is no JSON value, only blank space"));
            }
            JsonNode value = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                var where = parser.currentTokenLocation();
                return failed(new Problem(where.getLineNr(), where.getColumnNr(), "more text after the JSON value"));
            }
            return new Parsed(Optional.of(value), Optional.empty());
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            return failed(new Problem(where == null ? 1 : Math.max(1, where.getLineNr()),
                    where == null ? 1 : Math.max(1, where.getColumnNr()), words(e)));
        } catch (IOException e) {
            return failed(new Problem(1, 1, String.valueOf(e.getMessage())));
        }
    }

    /**
     * The original text of each value at depth 1 ({@code "value"}) and of values inside a depth-1 object
     * ({@code "headers/name"}), sliced from {@code text} so numbers such as 1.50 or 1E2 and escapes stay as written.
     * Only for text {@link #parse} accepted.
     */
    static java.util.Map<String, String> rawValues(String text) {
        var raw = new java.util.HashMap<String, String>();
        try (var parser = MAPPER.createParser(text)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return raw;
            }
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                var name = parser.currentName();
                var token = parser.nextToken();
                if (token == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    var start = (int) parser.currentTokenLocation().getCharOffset();
                    while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                        var inner = parser.currentName();
                        parser.nextToken();
                        raw.put(name + "/" + inner, slice(text, parser));
                    }
                    raw.put(name, text.substring(start, (int) parser.currentLocation().getCharOffset()));
                } else {
                    raw.put(name, slice(text, parser));
                }
            }
        } catch (IOException e) {
            return raw;
        }
        return raw;
    }

    /** The current value's text (skipping over an object's or array's children). */
    private static String slice(String text, com.fasterxml.jackson.core.JsonParser parser) throws IOException {
        var start = (int) parser.currentTokenLocation().getCharOffset();
        parser.skipChildren();
        return text.substring(start, (int) parser.currentLocation().getCharOffset());
    }

    private static String quoted(String message) {
        var start = message.indexOf('\'');
        var end = message.indexOf('\'', start + 2);
        return start >= 0 && end > start ? message.substring(start, end + 1) : "";
    }

    private static Parsed failed(Problem problem) {
        return new Parsed(Optional.empty(), Optional.of(problem));
    }

    /** Jackson's first sentence, shortened: "Unexpected character ('}' (code 125))" becomes "unexpected character '}'". */
    static String words(JsonProcessingException e) {
        var message = Optional.ofNullable(e.getOriginalMessage()).orElse("not JSON").lines().findFirst().orElse("not JSON");
        if (e instanceof JsonParseException && message.startsWith("Unexpected end-of-input")) {
            return "the text ends before the JSON value is complete";
        }
        if (message.startsWith("Duplicate field")) {
            return message.replace("Duplicate field", "the field").replace("'", "\"") + " appears twice";
        }
        var cut = message.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\('(.+?)'\\)", "'$1'");
        if (cut.contains("was expecting double-quote to start field name")) {
            return "unexpected character " + quoted(cut) + ": a field name must be in double quotes";
        }
        for (var noise : new String[]{": was expecting", ": expected a valid value", ": expected "}) {
            var colon = cut.indexOf(noise);
            if (colon > 0) {
                cut = cut.substring(0, colon);
            }
        }
        cut = cut.replace("Unrecognized token", "unrecognized word");
        return cut.isEmpty() ? "not JSON" : cut.substring(0, 1).toLowerCase(Locale.ROOT) + cut.substring(1);
    }
}
