package io.pinpipe.messages.filter;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageFilter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of condition alone and combined, against messages with known keys, values and headers. */
class FiltersTest {

    static final String PIN = """
            {"index": 7528, "unique_id": "fbe53c66", "title": "Zürich at night", "follower_count": "26k",
             "downloads": "1000", "category": "travel", "downloaded": 1, "rating": 4.5, "verified": true,
             "poster": {"name": "Ann", "country": "Albania", "tags": ["art", "night"]}, "missing_val": null}
            """;
    static final Message PIN_MSG = Msgs.value(PIN).key("user-42").header("source", "emulator")
            .header("trace", "abc-123").at(3, 150).build();
    static final Message TEXT_MSG = Msgs.value("plain text about Albania").key("k1").at(0, 5).build();
    static final Message BINARY_MSG = Msgs.bytes(new byte[]{(byte) 0xff, 0x00, (byte) 0xc3, 0x28}).at(1, 7).build();
    static final Message NULL_MSG = Msgs.value(null).key("tombstone").at(2, 99).build();
    static final Message ARRAY_MSG = Msgs.value("[{\"a\": 1}, {\"a\": 2}]").at(0, 1).build();
    static final List<Message> ALL = List.of(PIN_MSG, TEXT_MSG, BINARY_MSG, NULL_MSG, ARRAY_MSG);

    static boolean matches(String expression, Message message) {
        return Filters.parse(expression).test(message);
    }

    /** Which of {@link #ALL} match, by their offsets. */
    static List<Long> offsets(String expression) {
        MessageFilter filter = Filters.parse(expression);
        return ALL.stream().filter(filter::test).map(Message::offset).toList();
    }

    @Nested
    class Text {
        @Test
        void valueContainsSearchesTheValueOnly() {
            assertThat(offsets("value contains \"Albania\"")).containsExactly(150L, 5L);
            assertThat(offsets("value contains \"user-42\"")).isEmpty();
        }

        @Test
        void keyContainsAndBareTextSearchEitherSide() {
            assertThat(offsets("key contains \"user\"")).containsExactly(150L);
            assertThat(offsets("\"tombstone\"")).containsExactly(99L);
            assertThat(offsets("\"Albania\"")).containsExactly(150L, 5L);
        }

        @Test
        void keyEqualityIsExact() {
            assertThat(offsets("key = \"user-42\"")).containsExactly(150L);
            assertThat(offsets("key = \"user\"")).isEmpty();
            assertThat(offsets("key != \"user-42\"")).containsExactly(5L, 7L, 99L, 1L);
            assertThat(offsets("key in (k1, \"tombstone\")")).containsExactly(5L, 99L);
        }

        @Test
        void regexOnKeyOrValueWithFlags() {
            assertThat(offsets("key ~ /^user-\\d+$/")).containsExactly(150L);
            assertThat(offsets("value ~ /ALBANIA/")).isEmpty();
            assertThat(offsets("value ~ /ALBANIA/i")).containsExactly(150L, 5L);
            assertThat(offsets("/^k\\d/")).containsExactly(5L);
        }

        @Test
        void existsMeansNotNull() {
            assertThat(offsets("value exists")).containsExactly(150L, 5L, 7L, 1L);
            assertThat(offsets("not key exists")).containsExactly(7L, 1L);
        }

        @Test
        void searchesNeverFailOnBinaryOrNullValues() {
            assertThat(offsets("value contains \"(\"")).containsExactly(7L);
            assertThat(offsets("value ~ /\\(/")).containsExactly(7L);
        }
    }

    @Nested
    class Headers {
        @Test
        void headerConditions() {
            assertThat(matches("header.source exists", PIN_MSG)).isTrue();
            assertThat(matches("header.other exists", PIN_MSG)).isFalse();
            assertThat(matches("header.source = \"emulator\"", PIN_MSG)).isTrue();
            assertThat(matches("header.source = \"emu\"", PIN_MSG)).isFalse();
            assertThat(matches("header.source != \"emu\"", PIN_MSG)).isTrue();
            assertThat(matches("header.source != \"emulator\"", PIN_MSG)).isFalse();
            assertThat(matches("header.trace contains \"c-1\"", PIN_MSG)).isTrue();
            assertThat(matches("header.trace ~ /^[a-z]+-\\d+$/", PIN_MSG)).isTrue();
            assertThat(matches("header.source in (\"x\", emulator)", PIN_MSG)).isTrue();
        }

        @Test
        void headerOfAnOddNameAndNullValue() {
            var message = Msgs.value("v").header("my header", "yes").header("empty", null).build();
            assertThat(matches("header.\"my header\" = \"yes\"", message)).isTrue();
            assertThat(matches("header.empty exists", message)).isTrue();
            assertThat(matches("header.empty = \"\"", message)).isFalse();
            assertThat(matches("header.source exists", message)).isFalse();
        }

        @Test
        void anyOfRepeatedHeadersMatches() {
            var message = Msgs.value("v").header("h", "a").header("h", "b").build();
            assertThat(matches("header.h = \"b\"", message)).isTrue();
            assertThat(matches("header.h != \"a\"", message)).isFalse();
        }
    }

    @Nested
    class Json {
        @Test
        void textAndNestedFields() {
            assertThat(matches("category = \"travel\"", PIN_MSG)).isTrue();
            assertThat(matches("$.category = \"art\"", PIN_MSG)).isFalse();
            assertThat(matches("poster.country = \"Albania\"", PIN_MSG)).isTrue();
            assertThat(matches("$.poster.tags[1] = \"night\"", PIN_MSG)).isTrue();
            assertThat(matches("$.poster[\"name\"] = \"Ann\"", PIN_MSG)).isTrue();
            assertThat(matches("value.poster.name = \"Ann\"", PIN_MSG)).isTrue();
            assertThat(matches("$[1].a = 2", ARRAY_MSG)).isTrue();
        }

        @Test
        void numbersCompareAsNumbersAlsoWhenHeldAsText() {
            assertThat(matches("index > 7000", PIN_MSG)).isTrue();
            assertThat(matches("index >= 7528 and index <= 7528.0", PIN_MSG)).isTrue();
            assertThat(matches("index < 100", PIN_MSG)).isFalse();
            assertThat(matches("rating > 4.25", PIN_MSG)).isTrue();
            assertThat(matches("downloads > 999", PIN_MSG)).isTrue();
            assertThat(matches("downloads = 1000", PIN_MSG)).isTrue();
            assertThat(matches("index = \"7528\"", PIN_MSG)).isTrue();
            assertThat(matches("follower_count > 1000", PIN_MSG)).as("\"26k\" is not a plain number").isFalse();
            assertThat(matches("follower_count < 1000", PIN_MSG)).isFalse();
        }

        @Test
        void booleansNullsAndTextOrdering() {
            assertThat(matches("verified = true", PIN_MSG)).isTrue();
            assertThat(matches("verified = false", PIN_MSG)).isFalse();
            assertThat(matches("missing_val = null", PIN_MSG)).isTrue();
            assertThat(matches("missing_val exists", PIN_MSG)).isTrue();
            assertThat(matches("category > \"art\"", PIN_MSG)).isTrue();
            assertThat(matches("downloaded = true", PIN_MSG)).as("1 is not true").isFalse();
            assertThat(matches("downloaded != true", PIN_MSG)).as("nor is it unequal: a number is no boolean").isFalse();
            assertThat(matches("category != 5", PIN_MSG)).as("a word against a number: no match").isFalse();
            assertThat(matches("category != \"art\"", PIN_MSG)).isTrue();
            assertThat(matches("index != 1", PIN_MSG)).isTrue();
            assertThat(matches("missing_val != null", PIN_MSG)).isFalse();
            assertThat(matches("category != null", PIN_MSG)).isTrue();
        }

        @Test
        void inWithWordsAndQuotedTexts() {
            assertThat(matches("category in (art, travel)", PIN_MSG)).isTrue();
            assertThat(matches("category in (\"art\", \"diy-and-crafts\")", PIN_MSG)).isFalse();
            assertThat(matches("CATEGORY IN (art)", PIN_MSG)).as("field names keep their case").isFalse();
            assertThat(matches("index in (1, 7528)", PIN_MSG)).isTrue();
        }

        @Test
        void containsRegexAndExists() {
            assertThat(matches("title contains \"ürich\"", PIN_MSG)).isTrue();
            assertThat(matches("poster.tags contains \"art\"", PIN_MSG)).as("an array holding the text").isTrue();
            assertThat(matches("poster.tags contains \"ar\"", PIN_MSG)).isFalse();
            assertThat(matches("title ~ /^zürich/i", PIN_MSG)).isTrue();
            assertThat(matches("poster.country exists", PIN_MSG)).isTrue();
            assertThat(matches("not poster.city exists", PIN_MSG)).isTrue();
        }

        @Test
        void missingFieldsNonJsonAndTypeMismatchesDoNotMatch() {
            for (String expression : List.of("nope = 1", "nope != 1", "poster.nope.deeper = \"x\"", "$.poster.tags[9] = \"x\"",
                    "category > 5", "poster > 1", "poster.tags[0].x = 1", "category.x exists", "$[0] exists")) {
                assertThat(matches(expression, PIN_MSG)).as(expression).isFalse();
            }
            for (Message other : List.of(TEXT_MSG, BINARY_MSG, NULL_MSG)) {
                assertThat(matches("category exists", other)).isFalse();
                assertThat(matches("not category exists", other)).isTrue();
                assertThat(matches("index != 1", other)).isFalse();
            }
            assertThat(matches("a exists", Msgs.value("{\"b\": broken, \"a\": 1}").build())).isFalse();
            assertThat(matches("a exists", Msgs.value("{\"a\": 1, broken").build()))
                    .as("a value is read only as far as the fields the expression needs").isTrue();
        }

        @Test
        void severalFieldsOfOneValueIncludingNestedOnesAndPrefixes() {
            assertThat(matches("poster exists and poster.name = \"Ann\" and $.poster.tags[0] = \"art\" and index = 7528",
                    PIN_MSG)).isTrue();
            assertThat(matches("poster.tags[1] = \"night\" and poster.tags contains \"art\" and not poster.tags[2] exists",
                    PIN_MSG)).isTrue();
            assertThat(matches("$ exists and $[0].a = 1 and $[1].a = 2", ARRAY_MSG)).isTrue();
            assertThat(matches("$.a = 2", Msgs.value("{\"x\": {\"a\": 1}, \"a\": 2}").build())).isTrue();
            var deep = Msgs.value("{\"skip\": [[{\"a\": [1, 2]}], {\"b\": {}}], \"a\": {\"b\": [1, {\"c\": \"x\"}]}}").build();
            assertThat(matches("a.b[1].c = \"x\" and a.b[0] = 1 and a.b[1] exists and not a.b[2] exists", deep)).isTrue();
            assertThat(matches("a.b.c exists or a[0] exists or skip.a exists", deep)).isFalse();
            assertThat(matches("$.skip[0][0].a[1] = 2 and skip[1].b exists", deep)).isTrue();
        }

        @Test
        void reservedNamesAreReachedWithDollar() {
            var message = Msgs.value("{\"key\": \"inside\", \"size\": 3}").key("outside").build();
            assertThat(matches("$.key = \"inside\"", message)).isTrue();
            assertThat(matches("key = \"outside\"", message)).isTrue();
            assertThat(matches("$.size = 3", message)).isTrue();
        }
    }

    @Nested
    class Meta {
        @Test
        void partitionOffsetSize() {
            assertThat(offsets("partition = 3")).containsExactly(150L);
            assertThat(offsets("partition in (0, 2)")).containsExactly(5L, 99L, 1L);
            assertThat(offsets("offset >= 99")).containsExactly(150L, 99L);
            assertThat(offsets("size > 100")).containsExactly(150L);
            assertThat(offsets("size <= 4")).containsExactly(7L);
        }

        @Test
        void timestampAgainstDateTimesAndTimesAgo() {
            var early = Msgs.value("a").time(Msgs.T0.minusSeconds(3600)).at(0, 1).build();
            var late = Msgs.value("b").time(Msgs.T0.plusSeconds(60)).at(0, 2).build();
            assertThat(matches("timestamp >= \"2026-12-07T10:00:00Z\"", late)).isTrue();
            assertThat(matches("timestamp >= \"2026-12-07T10:00:00Z\"", early)).isFalse();
            assertThat(matches("timestamp < \"2026-12-07T11:00:00+01:00\"", early)).isTrue();
            var clock = Clock.fixed(Msgs.T0.plusSeconds(120), ZoneOffset.UTC);
            assertThat(Filters.parse("timestamp >= \"-30m\"", clock).test(late)).isTrue();
            assertThat(Filters.parse("timestamp >= \"-30m\"", clock).test(early)).isFalse();
            assertThat(Filters.parse("timestamp < \"2026-12-07 10:00\"", clock).test(early)).isTrue();
            assertThat(Filters.parse("timestamp >= \"2026-12-07\"", clock).test(early)).isTrue();
            assertThat(matches("timestamp = " + Instant.parse("2026-12-07T10:01:00Z").toEpochMilli(), late)).isTrue();
        }
    }

    @Nested
    class Combined {
        @Test
        void andBindsTighterThanOr() {
            assertThat(offsets("partition = 0 or partition = 3 and key = \"nope\"")).containsExactly(5L, 1L);
            assertThat(offsets("(partition = 0 or partition = 3) and key = \"nope\"")).isEmpty();
        }

        @Test
        void notBindsTighterThanAnd() {
            assertThat(offsets("not partition = 0 and value exists")).containsExactly(150L, 7L);
            assertThat(offsets("not (partition = 0 and value exists)")).containsExactly(150L, 7L, 99L);
            assertThat(offsets("not not partition = 3")).containsExactly(150L);
        }

        @Test
        void allKindsTogether() {
            String expression = "value contains \"Albania\" and header.source = \"emulator\" and poster.country = "
                    + "\"Albania\" and index > 1000 and partition = 3 and key ~ /user/";
            assertThat(offsets(expression)).containsExactly(150L);
            assertThat(offsets(expression.replace("index > 1000", "index > 10000"))).isEmpty();
        }

        @Test
        void keywordsInAnyCase() {
            assertThat(offsets("VALUE CONTAINS \"Albania\" AND Not Partition = 0 Or KEY Exists And offset In (99)"))
                    .containsExactly(150L, 99L);
        }

        @Test
        void blankMatchesEverything() {
            assertThat(Filters.parse("  ")).isSameAs(MessageFilter.ALL);
        }

        @Test
        void allOfCombinesFilters() {
            var both = Filters.allOf(List.of(Filters.parse("partition = 0 or partition = 3"), Filters.parse("value exists")));
            assertThat(ALL.stream().filter(both::test).map(Message::offset)).containsExactly(150L, 5L, 1L);
            assertThat(both.describe()).isEqualTo("(partition = 0 or partition = 3) and value exists");
            assertThat(Filters.allOf(List.of()).test(NULL_MSG)).isTrue();
        }
    }

    @Test
    void describeGivesTheNormalisedExpression() {
        assertThat(Filters.parse("VALUE  contains 'x'   AND (a.b>1 OR NOT c[0] in (art,'t v',3))").describe())
                .isEqualTo("value contains \"x\" and ($.a.b > 1 or not $.c[0] in (\"art\", \"t v\", 3))");
        assertThat(Filters.parse("header.\"odd name\" ~ /a\\/b/i and $.\"odd field\" exists and \"q\\\"uote\"").describe())
                .isEqualTo("header.\"odd name\" ~ /a\\/b/i and $.\"odd field\" exists and \"q\\\"uote\"");
        String normal = Filters.parse("not (a = 1 and b = 2) or timestamp >= \"-1h\" and $.key = null").describe();
        assertThat(normal).isEqualTo("not ($.a = 1 and $.b = 2) or timestamp >= \"-1h\" and $.\"key\" = null");
        assertThat(Filters.parse(normal).describe()).isEqualTo(normal);
    }

    @Test
    void decimalsCompareExactlyAndARegexSeesTheNumberAsWritten() {
        var message = Msgs.value("{\"price\": 1.50, \"big\": 12345678901234567890.5, \"tiny\": 0.1}").at(0, 1).build();

        assertThat(matches("$.price = 1.5", message)).isTrue();
        assertThat(matches("$.price ~ /^1\\.50$/", message)).isTrue();
        assertThat(matches("$.big = 12345678901234567890.5", message)).isTrue();
        assertThat(matches("$.big = 12345678901234567890.4", message)).isFalse();
        assertThat(matches("$.tiny = 0.1", message)).isTrue();
    }

    @Test
    void aRepeatedKeyDoesNotHideTheFieldsAfterIt() {
        var message = Msgs.value("{\"a\": 1, \"a\": 2, \"b\": 3}").at(0, 1).build();

        assertThat(matches("$.a = 2 and $.b = 3", message)).isTrue();
    }
}
