package io.pinpipe.messages;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Key and value bytes as a person reads them: pretty JSON when they are JSON, the text, or hex. The table uses
 * {@link #oneLine}, the detail {@link #render}.
 */
public final class Rendering {

    /** How to show bytes: as they look ({@code AUTO}: JSON pretty when it parses, else text, else hex) or forced. */
    public enum Shown {
        AUTO, JSON, TEXT, HEX
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NULL = "(null)";
    /** How far {@link #oneLine} reads: enough for any cell, never the whole of a large value. */
    private static final int ONE_LINE_BYTES_PER_CHAR = 4;

    private Rendering() {
    }

    /**
     * The whole bytes in the chosen form ("(null)" for null; JSON that does not parse falls back to text, or to hex
     * when the bytes are not UTF-8; TEXT shows malformed UTF-8 as U+FFFD).
     */
    public static String render(byte[] bytes, Shown shown) {
        if (bytes == null) {
            return NULL;
        }
        return switch (shown) {
            case HEX -> HexDump.of(bytes);
            case TEXT -> new String(bytes, StandardCharsets.UTF_8);
            case JSON -> pretty(bytes, true);
            case AUTO -> pretty(bytes, false);
        };
    }

    private static String pretty(byte[] bytes, boolean anyJson) {
        if (anyJson || isJson(bytes)) {
            String indented = indented(bytes);
            if (indented != null) {
                return indented;
            }
        }
        String text = strictUtf8(bytes);
        return text != null ? text : HexDump.of(bytes);
    }

    /**
     * The JSON value indented, its numbers exactly as written (1.50 stays 1.50, 1E2 stays 1E2); null when the bytes
     * are not one JSON value with nothing but blank space after it.
     */
    private static String indented(byte[] bytes) {
        var out = new java.io.StringWriter();
        try (JsonParser parser = JSON.getFactory().createParser(bytes);
             var generator = JSON.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            if (parser.nextToken() == null) {
                return null;
            }
            int depth = 0;
            do {
                JsonToken token = parser.currentToken();
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    generator.writeNumber(parser.getText());
                } else {
                    generator.copyCurrentEvent(parser);
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            } while (depth > 0 && parser.nextToken() != null);
            if (depth != 0 || parser.nextToken() != null) {
                return null;
            }
            generator.flush();
            return out.toString();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * One line for a table cell: whitespace and control characters collapsed to one space, cut at {@code max}
     * characters with "…"; an empty cell for null; {@code 0x} and hex for bytes that are not UTF-8.
     */
    public static String oneLine(byte[] bytes, int max) {
        if (bytes == null) {
            return "";
        }
        int readable = (int) Math.min(bytes.length, (long) max * ONE_LINE_BYTES_PER_CHAR + 4);
        CharSequence text = Utf8.prefix(bytes, readable);
        if (text == null) {
            return cut("0x" + java.util.HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, max / 2 + 1)),
                    max, bytes.length > max / 2 + 1);
        }
        var out = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() <= max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return cut(out.toString(), max, readable < bytes.length);
    }

    private static String cut(String text, int max, boolean more) {
        if (text.length() > max) {
            return text.substring(0, Math.max(max - 1, 0)) + "…";
        }
        return more && max > 0 ? (text.length() == max ? text.substring(0, max - 1) : text) + "…" : text;
    }

    /** The bytes as text, or null when they are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        CharSequence text = Utf8.prefix(bytes, bytes.length);
        return text == null ? null : text.toString();
    }

    /** Whether the bytes are a JSON object or array (and nothing after it but whitespace). */
    public static boolean isJson(byte[] bytes) {
        if (bytes == null || !startsLikeJson(bytes)) {
            return false;
        }
        try (JsonParser parser = JSON.getFactory().createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the first byte that is not blank space opens a JSON object or array (a cheap test before parsing). */
    public static boolean startsLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '{' || b == '[';
            }
        }
        return false;
    }
}
