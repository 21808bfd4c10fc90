package io.pinpipe.sandbox;

import static io.pinpipe.sandbox.DirtShares.*;
import static io.pinpipe.sandbox.Placeholders.NO_DESCRIPTION;
import static io.pinpipe.sandbox.Placeholders.NO_TAGS;
import static io.pinpipe.sandbox.Placeholders.NO_TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

class SampleDatasetTest {

    private static final List<SampleRow> ROWS = SampleDataset.standard().stream().toList();
    /** Four standard deviations of a share of a few percent over 11,000 rows. */
    private static final double TOLERANCE = 0.008;

    @Test
    void everyTableHoldsIdsZeroToNMinusOne() {
        assertThat(ROWS).hasSize(SampleDataset.DEFAULT_ROWS);
        for (int id = 0; id < ROWS.size(); id++) {
            var row = ROWS.get(id);
            assertThat(List.of(row.pin().index(), row.geo().ind(), row.user().ind())).containsOnly(id);
        }
    }

    @Test
    void allThirteenCategoriesAppearWithTheirSaveLocation() {
        var categories = ROWS.stream().map(row -> row.pin().category()).collect(Collectors.toSet());
        assertThat(categories).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Category.values()).map(Category::slug).toList());
        assertThat(categories).contains("diy-and-crafts", "mens-fashion", "event-planning");
        assertThat(ROWS).allSatisfy(row ->
                assertThat(row.pin().saveLocation()).isEqualTo("Local save in /data/" + row.pin().category()));
    }

    @Test
    void storyFormatPostsCarryThePlaceholdersOfTheOriginal() {
        var stories = ROWS.stream().map(SampleRow::pin).filter(pin -> pin.isImageOrVideo().equals(PostGenerator.STORY)).toList();
        assertThat(share(row -> row.pin().isImageOrVideo().equals(PostGenerator.STORY))).isCloseTo(STORY_FORMAT, within(TOLERANCE));
        assertThat(stories).allSatisfy(pin -> {
            assertThat(pin.title()).isEqualTo(NO_TITLE);
            assertThat(pin.description()).isEqualTo(NO_DESCRIPTION);
            assertThat(pin.tagList()).isEqualTo(NO_TAGS);
            assertThat(pin.imageSrc()).isEqualTo(Placeholders.IMAGE_SRC_ERROR);
            assertThat(pin.downloaded()).isZero();
        });
        assertThat(share(row -> row.pin().isImageOrVideo().equals("video"))).isCloseTo(PostGenerator.VIDEO_SHARE, within(TOLERANCE));
    }

    @Test
    void eachPlaceholderAppearsInAFewPercentOfRows() {
        var notStory = 1 - STORY_FORMAT;
        assertThat(share(row -> row.pin().title().equals(NO_TITLE)))
                .isCloseTo(STORY_FORMAT + notStory * TITLE_MISSING, within(TOLERANCE));
        assertThat(share(row -> row.pin().description().equals(NO_DESCRIPTION))).isCloseTo(STORY_FORMAT, within(TOLERANCE));
        assertThat(share(row -> row.pin().tagList().equals(NO_TAGS)))
                .isCloseTo(STORY_FORMAT + notStory * TAGS_MISSING, within(TOLERANCE));
        assertThat(share(row -> row.pin().imageSrc().equals(Placeholders.IMAGE_SRC_ERROR)))
                .isCloseTo(STORY_FORMAT + notStory * IMAGE_SRC_ERROR, within(TOLERANCE));
        assertThat(share(row -> row.pin().posterName().equals(Placeholders.USER_INFO_ERROR)))
                .isCloseTo(STORY_FORMAT * STORY_USER_INFO_ERROR + notStory * USER_INFO_ERROR, within(TOLERANCE));
        assertThat(ROWS).allSatisfy(row -> assertThat(row.pin().posterName().equals(Placeholders.USER_INFO_ERROR))
                .isEqualTo(row.pin().followerCount().equals(Placeholders.USER_INFO_ERROR)));
    }

    @Test
    void followerCountsAreTextLikeTheScrape() {
        assertThat(ROWS).allSatisfy(row -> assertThat(row.pin().followerCount()).matches("[1-9]\\d{0,2}[kM]?|User Info Error"));
        assertThat(share(row -> row.pin().followerCount().matches("\\d+"))).isBetween(0.15, 0.45);
        assertThat(share(row -> row.pin().followerCount().endsWith("k"))).isBetween(0.35, 0.7);
        assertThat(share(row -> row.pin().followerCount().endsWith("M"))).isBetween(0.05, 0.3);
    }

    @Test
    void aPosterHasOneFollowerCountAcrossTheirPosts() {
        var countsByPoster = new HashMap<String, String>();
        ROWS.stream().map(SampleRow::pin).forEach(pin -> assertThat(countsByPoster.computeIfAbsent(pin.posterName(),
                name -> pin.followerCount())).as(pin.posterName()).isEqualTo(pin.followerCount()));
        assertThat(countsByPoster).hasSizeBetween(1_000, 6_000);
    }

    @Test
    void imagesLiveOnPinimgOrFailedToDownload() {
        assertThat(ROWS).allSatisfy(row -> {
            var pin = row.pin();
            if (pin.imageSrc().equals(Placeholders.IMAGE_SRC_ERROR)) {
                assertThat(pin.downloaded()).isZero();
            } else {
                assertThat(pin.imageSrc()).matches("https://i\\.pinimg\\.com/originals/([0-9a-f]{2})/([0-9a-f]{2})/\\1\\2[0-9a-f]{28}\\.jpg");
                assertThat(pin.downloaded()).isOne();
            }
            assertThat(pin.uniqueId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        });
    }

    @Test
    void titlesAndTagsSpeakOfTheirCategory() {
        var travel = ROWS.stream().map(SampleRow::pin)
                .filter(pin -> pin.category().equals("travel") && !pin.title().equals(NO_TITLE)).toList();
        assertThat(travel).isNotEmpty().allSatisfy(pin -> assertThat(Category.TRAVEL.subjects()).anySatisfy(subject ->
                assertThat(pin.title()).contains(subject)));
        assertThat(travel).filteredOn(pin -> !pin.tagList().equals(NO_TAGS))
                .allSatisfy(pin -> assertThat(pin.tagList()).doesNotContain(" ,").contains(","));
    }

    @Test
    void geolocationsAreOnTheGlobeWithFourDecimalsAndInTheScrapePeriod() {
        assertThat(ROWS).allSatisfy(row -> {
            var geo = row.geo();
            assertThat(geo.latitude()).isBetween(-90.0, 90.0);
            assertThat(geo.longitude()).isBetween(-180.0, 180.0);
            assertThat(fourDecimals(geo.latitude())).isTrue();
            assertThat(fourDecimals(geo.longitude())).isTrue();
            assertThat(geo.timestamp()).isBetween(LocalDateTime.of(2017, 12, 1, 0, 0), LocalDateTime.of(2022, 7, 31, 23, 59, 59));
            assertThat(geo.timestamp().getNano()).isZero();
        });
        var timestamps = ROWS.stream().map(row -> row.geo().timestamp()).sorted().toList();
        assertThat(timestamps.get(0)).isBefore(LocalDateTime.of(2018, 1, 1, 0, 0));
        assertThat(timestamps.get(timestamps.size() - 1)).isAfter(LocalDateTime.of(2022, 7, 1, 0, 0));
    }

    @Test
    void countriesAreFreeTextNamesQuirksIncluded() {
        var countries = ROWS.stream().map(row -> row.geo().country()).collect(Collectors.toSet());
        assertThat(countries).contains("Albania", "Cote d'Ivoire", "Antarctica (the territory South of 60 deg S)");
        assertThat(countries).hasSizeGreaterThan(50);
    }

    @Test
    void usersAreTwentyToFiftyNineAndJoinedBeforeTheScrape() {
        var ages = ROWS.stream().mapToInt(row -> row.user().age()).summaryStatistics();
        assertThat(ages.getMin()).isEqualTo(20);
        assertThat(ages.getMax()).isEqualTo(59);
        assertThat(ages.getAverage()).as("skewed young").isBetween(30.0, 38.0);
        assertThat(ROWS).allSatisfy(row -> {
            assertThat(row.user().dateJoined()).isBetween(LocalDateTime.of(2015, 10, 1, 0, 0), LocalDateTime.of(2017, 10, 31, 23, 59, 59));
            assertThat(row.user().firstName()).isNotBlank();
            assertThat(row.user().lastName()).isNotBlank();
        });
        assertThat(ROWS.stream().map(row -> row.user().firstName()).distinct().count()).isGreaterThan(40);
    }

    @Test
    void someRowsRepeatAnEarlierRowInAllThreeTablesUnderTheirOwnId() {
        var firstIdByContent = new HashMap<SampleRow, Integer>();
        var repeats = ROWS.stream().filter(row -> firstIdByContent.putIfAbsent(row.withId(0), row.id()) != null).toList();
        assertThat((double) repeats.size() / ROWS.size()).isCloseTo(REPEATED_ROW, within(TOLERANCE));
        var dataset = SampleDataset.standard();
        assertThat(repeats).allSatisfy(repeat -> {
            var original = ROWS.get(firstIdByContent.get(repeat.withId(0)));
            assertThat(original.id()).isLessThan(repeat.id());
            assertThat(repeat.pin().uniqueId()).isEqualTo(original.pin().uniqueId());
            assertThat(repeat.geo().withInd(0)).isEqualTo(original.geo().withInd(0));
            assertThat(repeat.user().withInd(0)).isEqualTo(original.user().withInd(0));
            assertThat(dataset.sourceOf(repeat.id())).isEqualTo(original.id());
        });
        var uniqueIds = ROWS.stream().map(row -> row.pin().uniqueId()).distinct().count();
        assertThat(uniqueIds).isEqualTo(ROWS.size() - repeats.size());
    }

    @Test
    void theSameSeedGivesTheSameRowsAndABiggerDatasetStartsWithTheSmallerOne() {
        var small = SampleDataset.of(SampleDataset.DEFAULT_SEED, 2_000).stream().toList();
        assertThat(small).isEqualTo(SampleDataset.of(SampleDataset.DEFAULT_SEED, 2_000).stream().toList());
        assertThat(small).isEqualTo(ROWS.subList(0, 2_000));
    }

    @Test
    void aDifferentSeedGivesDifferentRows() {
        var other = SampleDataset.of(SampleDataset.DEFAULT_SEED + 1, 2_000).stream().toList();
        for (int id = 0; id < other.size(); id++) {
            assertThat(other.get(id).pin().uniqueId()).isNotEqualTo(ROWS.get(id).pin().uniqueId());
        }
        assertThat(other.get(0).geo()).isNotEqualTo(ROWS.get(0).geo());
    }

    /** Every install must build the same sample: a change here changes the data every user sees. */
    @Test
    void theStandardSampleIsPinnedAcrossVersions() {
        var row = ROWS.get(7528);
        assertThat(row.pin().uniqueId() + " " + row.pin().category() + " " + row.user().age()).isEqualTo("4a085519-b4bc-4ba4-b8e1-4999b024ce76 vehicles 42");
    }

    private static double share(Predicate<SampleRow> condition) {
        return (double) ROWS.stream().filter(condition).count() / ROWS.size();
    }

    private static boolean fourDecimals(double value) {
        return Math.abs(value * 10_000 - Math.round(value * 10_000)) < 1e-6;
    }
}
