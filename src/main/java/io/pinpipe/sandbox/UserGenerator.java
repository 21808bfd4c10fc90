package io.pinpipe.sandbox;

import static io.pinpipe.sandbox.RowRandom.pick;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Makes {@code user_data} rows: adults who joined in the two years before the scrape began. */
final class UserGenerator {

    static final int YOUNGEST = 20;
    static final int OLDEST = 59;
    static final LocalDateTime FIRST_JOINED = LocalDateTime.of(2015, 10, 1, 0, 0, 0);
    static final LocalDateTime LAST_JOINED = LocalDateTime.of(2017, 10, 31, 23, 59, 59);
    private static final long SPAN_SECONDS = ChronoUnit.SECONDS.between(FIRST_JOINED, LAST_JOINED);

    UserRow generate(int ind, SplittableRandom random) {
        var firstName = pick(random, Names.FIRST_NAMES);
        var lastName = pick(random, Names.LAST_NAMES);
        // Skewed towards the young, as the audience of such a site is.
        var age = YOUNGEST + (int) ((OLDEST - YOUNGEST + 1) * Math.pow(random.nextDouble(), 1.4));
        var joined = FIRST_JOINED.plusSeconds(random.nextLong(SPAN_SECONDS + 1));
        return new UserRow(ind, firstName, lastName, age, joined);
    }
}
