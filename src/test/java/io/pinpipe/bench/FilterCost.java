package io.pinpipe.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageFilter;
import io.pinpipe.messages.TimestampType;
import io.pinpipe.messages.filter.Filters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

/**
 * CPU cost of one filter test per message (no broker): nanoseconds per message for {@code contains}, a regex and
 * JSON conditions over 20,000 pin-like rows, plus the two ways of reading a JSON field that decision record 12
 * weighs (Jackson's tree against its streaming parser). Run: {@code java -cp $BENCH_CP io.pinpipe.bench.FilterCost}.
 */
public final class FilterCost {

    private static final String[] CATEGORIES = {"art", "beauty", "christmas", "diy-and-crafts", "education",
            "event-planning", "finance", "home-decor", "mens-fashion", "quotes", "tattoos", "travel", "vehicles"};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();
    private static volatile long sink;
    /** CPU time of this thread: on a shared machine, wall time would count the other processes' turns. */
    private static final java.lang.management.ThreadMXBean THREAD = java.lang.management.ManagementFactory.getThreadMXBean();

    private FilterCost() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(Machine.describe());
        List<Message> messages = pins(20_000);
        double avg = messages.stream().mapToInt(m -> m.value().length).average().orElse(0);
        System.out.printf(Locale.ROOT, "%d pin-like messages, %.0f bytes per value on average%n", messages.size(), avg);
        for (String expression : List.of("value contains \"\\\"index\\\":12\"", "\"Zürich\"", "value ~ /Zürich/",
                "index > 5000", "category = \"travel\"", "follower_count > 1000", "index > 5000 and category = \"art\"",
                "partition = 3 and value contains \"travel\"")) {
            MessageFilter filter = Filters.parse(expression);
            time(expression, messages, filter::test);
        }
        time("Jackson readTree, one field", messages, m -> tree(m.value(), "category"));
        time("Jackson streaming, one field", messages, m -> streaming(m.value(), "category"));
        time("String decode + contains", messages,
                m -> new String(m.value(), StandardCharsets.UTF_8).contains("\"index\":12"));
    }

    private static void time(String what, List<Message> messages, Predicate<Message> test) {
        var rounds = new ArrayList<Double>();
        long matched = 0;
        for (int round = 0; round < 15; round++) {
            matched = 0;
            long start = THREAD.getCurrentThreadCpuTime();
            for (int repeat = 0; repeat < 5; repeat++) {
                for (Message message : messages) {
                    if (test.test(message)) {
                        matched++;
                    }
                }
            }
            rounds.add((THREAD.getCurrentThreadCpuTime() - start) / (5.0 * messages.size()));
        }
        sink += matched;
        double median = Median.of(rounds.subList(5, rounds.size()));
        System.out.printf(Locale.ROOT, "%-45s %8.1f ns CPU/message  (%.2f %% match)%n", what, median,
                100.0 * matched / (5.0 * messages.size()));
    }

    private static boolean tree(byte[] value, String field) {
        try {
            return "travel".equals(JSON.readTree(value).path(field).asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean streaming(byte[] value, String field) {
        try (JsonParser parser = FACTORY.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (name.equals(field)) {
                    return token == JsonToken.VALUE_STRING && parser.getText().equals("travel");
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Rows shaped as the emulator writes pinterest_data: the same fields, typical lengths, a little dirt. */
    static List<Message> pins(int count) throws IOException {
        var random = new Random(100);
        var messages = new ArrayList<Message>(count);
        for (int i = 0; i < count; i++) {
            int index = random.nextInt(11_000);
            var row = JSON.createObjectNode();
            row.put("index", index);
            row.put("unique_id", new java.util.UUID(random.nextLong(), random.nextLong()).toString());
            row.put("title", random.nextInt(200) == 0 ? "Zürich at night" : "Title " + words(random, 6));
            row.put("description", words(random, 25));
            row.put("poster_name", "Poster " + random.nextInt(5_000));
            row.put("follower_count", random.nextBoolean() ? String.valueOf(random.nextInt(2_000)) : random.nextInt(900) + "k");
            row.put("tag_list", words(random, 5).replace(' ', ','));
            row.put("is_image_or_video", random.nextBoolean() ? "image" : "video");
            row.put("image_src", "https://i.pinimg.com/originals/" + Integer.toHexString(random.nextInt()) + ".jpg");
            row.put("downloaded", random.nextInt(2));
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            row.put("save_location", "Local save in /data/" + category);
            row.put("category", category);
            messages.add(new Message("t", random.nextInt(6), i, Instant.EPOCH, TimestampType.CREATE_TIME, null,
                    JSON.writeValueAsBytes(row), List.of()));
        }
        return messages;
    }

    private static String words(Random random, int count) {
        var out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(Integer.toString(random.nextInt(1 << 20), 36));
        }
        return out.toString();
    }
}
