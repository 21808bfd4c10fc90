package io.pinpipe.sandbox;

import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The original pipeline's three tables, generated: ids 0..rowCount-1 in every table, the same rows for the
 * same seed and row count on any machine. Any row can be made on its own, without making the ones before it.
 */
public final class SampleDataset {

    /** The original emulator seeded its random generator with 100; the sample does the same. */
    public static final long DEFAULT_SEED = 100;
    /** About the size of the original database, so {@code LIMIT random_row, 1} lands on a row. */
    public static final int DEFAULT_ROWS = 11_000;

    private final long seed;
    private final int rowCount;
    private final PostGenerator posts;
    private final GeolocationGenerator geolocations = new GeolocationGenerator();
    private final UserGenerator users = new UserGenerator();

    private SampleDataset(long seed, int rowCount) {
        if (rowCount < 0) {
            throw new IllegalArgumentException("A dataset cannot have " + rowCount + " rows");
        }
        this.seed = seed;
        this.rowCount = rowCount;
        this.posts = new PostGenerator(seed);
    }

    public static SampleDataset of(long seed, int rowCount) {
        return new SampleDataset(seed, rowCount);
    }

    public static SampleDataset standard() {
        return of(DEFAULT_SEED, DEFAULT_ROWS);
    }

    public long seed() {
        return seed;
    }

    public int rowCount() {
        return rowCount;
    }

    /** The rows of all three tables with this id. */
    public SampleRow row(int id) {
        if (id < 0 || id >= rowCount) {
            throw new IndexOutOfBoundsException("Row " + id + " is outside 0.." + (rowCount - 1));
        }
        var source = sourceOf(id);
        return source == id ? generate(id) : generate(source).withId(id);
    }

    public Stream<SampleRow> stream() {
        return IntStream.range(0, rowCount).mapToObj(this::row);
    }

    /**
     * The id whose content this row carries: itself, or, for a repeated row, an earlier original. Scraped
     * data repeats whole records, so a repeat copies the post, its geolocation and its user alike.
     */
    int sourceOf(int id) {
        var current = id;
        while (current > 0) {
            var random = RowRandom.of(seed, current, RowRandom.REPEAT);
            if (!RowRandom.chance(random, DirtShares.REPEATED_ROW)) {
                return current;
            }
            current = random.nextInt(current);
        }
        return current;
    }

    private SampleRow generate(int id) {
        return new SampleRow(
                posts.generate(id, RowRandom.of(seed, id, RowRandom.PIN)),
                geolocations.generate(id, RowRandom.of(seed, id, RowRandom.GEO)),
                users.generate(id, RowRandom.of(seed, id, RowRandom.USER)));
    }
}
