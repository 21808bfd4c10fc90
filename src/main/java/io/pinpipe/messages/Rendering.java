package io.pinpipe.messages;

/**
 * Key and value bytes as a person reads them: pretty JSON when they are JSON, the text, or hex. The table uses
 * {@link #oneLine}, the detail {@link #render}.
 */
public final class Rendering {

    /** How to show bytes: as they look ({@code AUTO}: JSON pretty when it parses, else text, else hex) or forced. */
    public enum Shown {
        AUTO, JSON, TEXT, HEX
    }

    private Rendering() {
    }

    /** The whole bytes in the chosen form ("(null)" for null; JSON that does not parse falls back to text). */
    public static String render(byte[] bytes, Shown shown) {
        throw new UnsupportedOperationException("helper: filter");
    }

    /** One line for a table cell: whitespace collapsed, cut at {@code max} characters with "…". */
    public static String oneLine(byte[] bytes, int max) {
        throw new UnsupportedOperationException("helper: filter");
    }

    /** Whether the bytes are a JSON object or array. */
    public static boolean isJson(byte[] bytes) {
        throw new UnsupportedOperationException("helper: filter");
    }
}
