package io.pinpipe.sandbox;

import static io.pinpipe.sandbox.DirtShares.IMAGE_SRC_ERROR;
import static io.pinpipe.sandbox.DirtShares.STORY_FORMAT;
import static io.pinpipe.sandbox.DirtShares.STORY_USER_INFO_ERROR;
import static io.pinpipe.sandbox.DirtShares.TAGS_MISSING;
import static io.pinpipe.sandbox.DirtShares.TITLE_MISSING;
import static io.pinpipe.sandbox.DirtShares.USER_INFO_ERROR;
import static io.pinpipe.sandbox.RowRandom.chance;
import static io.pinpipe.sandbox.RowRandom.pick;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/** Makes {@code pinterest_data} rows: a post in one category, scraped with the usual failures. */
final class PostGenerator {

    static final String IMAGE = "image";
    static final String VIDEO = "video";
    static final String STORY = "multi-video(story page format)";
    /** Of all rows; the rest are images. */
    static final double VIDEO_SHARE = 0.07;

    private static final List<Category> CATEGORIES = List.of(Category.values());
    private static final List<String> ADJECTIVES = List.of("Beautiful", "Easy", "Simple", "Creative", "Cute",
            "Amazing", "Modern", "Classic", "Unique", "Stunning", "Budget-Friendly", "Minimalist", "Vintage", "Cozy");
    private static final List<String> TITLES = List.of("%3$d %1$s %2$s Ideas", "%1$s %2$s for Beginners",
            "The Best %2$s of %4$d", "How to Make %1$s %2$s", "%2$s: %3$d Tips You Need to Know",
            "%1$s %2$s Inspiration", "%3$d %2$s You Will Love");
    private static final List<String> DESCRIPTIONS = List.of(
            "%5$s Here are %3$d ideas for %1$s %2$s to save for later.",
            "Looking for %1$s %2$s? %5$s",
            "Our favourite %2$s of %4$d. %5$s",
            "%6$s made simple: step by step photos and tips. %5$s");

    private final long seed;

    PostGenerator(long seed) {
        this.seed = seed;
    }

    PinRow generate(int index, SplittableRandom random) {
        var category = pick(random, CATEGORIES);
        var kind = random.nextDouble();
        var story = kind < STORY_FORMAT;
        var type = story ? STORY : kind < STORY_FORMAT + VIDEO_SHARE ? VIDEO : IMAGE;
        var uniqueId = uuid(random);

        var posterUnknown = chance(random, story ? STORY_USER_INFO_ERROR : USER_INFO_ERROR);
        var posterName = posterUnknown ? Placeholders.USER_INFO_ERROR : posterName(category, random);
        var followerCount = posterUnknown ? Placeholders.USER_INFO_ERROR : followerCount(posterName);

        var subject = pick(random, category.subjects());
        var adjective = pick(random, ADJECTIVES);
        var number = 5 + random.nextInt(46);
        var year = 2018 + random.nextInt(5);
        var title = story || chance(random, TITLE_MISSING) ? Placeholders.NO_TITLE
                : String.format(Locale.ROOT, pick(random, TITLES), adjective, subject, number, year);
        var description = story ? Placeholders.NO_DESCRIPTION
                : String.format(Locale.ROOT, pick(random, DESCRIPTIONS), adjective.toLowerCase(Locale.ROOT),
                        subject.toLowerCase(Locale.ROOT), number, year, category.phrase(), subject);
        var tags = story || chance(random, TAGS_MISSING) ? Placeholders.NO_TAGS : tagList(category, random);
        var imageMissing = story || chance(random, IMAGE_SRC_ERROR);
        var imageSrc = imageMissing ? Placeholders.IMAGE_SRC_ERROR : imageSrc(random);

        return new PinRow(index, uniqueId, title, description, posterName, followerCount, tags, type, imageSrc,
                imageMissing ? 0 : 1, "Local save in /data/" + category.slug(), category.slug());
    }

    private static String uuid(SplittableRandom random) {
        var high = (random.nextLong() & ~0xF000L) | 0x4000L;
        var low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static String posterName(Category category, SplittableRandom random) {
        if (random.nextBoolean()) {
            return pick(random, Names.FIRST_NAMES) + " " + pick(random, Names.LAST_NAMES);
        }
        return String.format(Locale.ROOT, pick(random, Names.BRAND_PATTERNS), pick(random, category.subjects()));
    }

    /** A poster has one follower count across all their posts, so "most followed" queries make sense. */
    private String followerCount(String posterName) {
        var random = RowRandom.of(seed, posterName.hashCode(), RowRandom.FOLLOWERS);
        var followers = (long) Math.pow(10, 1.3 + 5.6 * random.nextDouble());
        if (followers < 1_000) {
            return Long.toString(followers);
        }
        return followers < 1_000_000 ? followers / 1_000 + "k" : followers / 1_000_000 + "M";
    }

    private static String tagList(Category category, SplittableRandom random) {
        var groups = category.tagGroups();
        var first = random.nextInt(groups.size());
        var count = 1 + random.nextInt(3);
        var tags = new StringBuilder(groups.get(first));
        for (int i = 1; i < count; i++) {
            tags.append(',').append(groups.get((first + i) % groups.size()));
        }
        return tags.toString();
    }

    /** Pinterest's layout: the first two pairs of hex digits of the hash name the folders. */
    private static String imageSrc(SplittableRandom random) {
        var hash = String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
        return "https://i.pinimg.com/originals/" + hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash + ".jpg";
    }
}
