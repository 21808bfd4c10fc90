package io.pinpipe.emulator;

/** How datetimes appear in the JSON: ISO-8601 ({@code 2020-08-28T03:52:47}) or as some original copies wrote them. */
public enum DateTimeStyle {
    ISO("yyyy-MM-dd'T'HH:mm:ss", 'T'),
    ORIGINAL("yyyy-MM-dd HH:mm:ss", ' ');

    private final String pattern;
    private final char separator;

    DateTimeStyle(String pattern, char separator) {
        this.pattern = pattern;
        this.separator = separator;
    }

    public String pattern() {
        return pattern;
    }

    /** What stands between the date and the time. */
    char separator() {
        return separator;
    }
}
