package io.pinpipe.sandbox;

/**
 * How dirty the sample is, as shares of all rows. The downstream exercise cleans exactly these values, so
 * each must be present, but rare enough that the data still looks like a working scrape.
 */
public final class DirtShares {

    /** Rows of {@code multi-video(story page format)}; they carry the title/description/tag/image placeholders. */
    public static final double STORY_FORMAT = 0.03;
    /** Of the remaining rows: poster name and follower count both read {@code User Info Error}. */
    public static final double USER_INFO_ERROR = 0.015;
    /** Of story rows: the poster could not be scraped either (as in row 7528 of the original README). */
    public static final double STORY_USER_INFO_ERROR = 0.6;
    /** Of non-story rows, each independently. */
    public static final double TITLE_MISSING = 0.01;
    public static final double TAGS_MISSING = 0.01;
    public static final double IMAGE_SRC_ERROR = 0.015;
    /** Rows that repeat an earlier row's content (all three tables) under their own id. */
    public static final double REPEATED_ROW = 0.015;

    private DirtShares() {
    }
}
