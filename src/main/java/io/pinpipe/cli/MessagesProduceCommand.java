package io.pinpipe.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.pinpipe.messages.JsonLinesFile;
import io.pinpipe.messages.MessageSender;
import io.pinpipe.messages.OutgoingMessage;
import io.pinpipe.messages.OutgoingMessages;
import io.pinpipe.messages.SendResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * {@code pinpipe messages produce TOPIC}: one message from the options (or standard input), or every line of a
 * JSON-lines file; everything is checked before anything is sent, and each send prints its partition and offset.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Produces a message (--value, or --value - for standard input) or a JSON-lines file (--file), idempotently "
                + "with acks=all, and prints each message's partition and offset.",
                "A file line is an exported message or {\"value\": ...} with optional \"key\", \"headers\" "
                        + "({\"name\": \"value\"}), \"partition\" and \"timestamp\"; a JSON value is sent as written.",
                "Nothing is sent when any input is wrong: the field, JSON position or file line is named."})
final class MessagesProduceCommand implements Callable<Integer> {

    /** How the value is meant (picocli converts any case). */
    enum Format {
        json, text
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    MessagesOnCluster topic;

    @Option(names = "--key", paramLabel = "KEY", description = "The key (default: none).")
    String key;

    @Option(names = "--header", paramLabel = "NAME=VALUE", description = "A header; repeat it for more.")
    List<String> headers = new ArrayList<>();

    @Option(names = "--partition", paramLabel = "P", description = "Write to partition P (default: chosen by key). "
            + "With --file: the partition of lines that name none.")
    Integer partition;

    @Option(names = "--by-key", description = "With --file: ignore the lines' partitions; each message's partition is "
            + "chosen by its key (not with --partition).")
    boolean byKey;

    @Option(names = "--keep-timestamps", description = "With --file: send each line's \"timestamp\" (ISO-8601 or epoch "
            + "milliseconds, as exported) instead of the time of sending.")
    boolean keepTimestamps;

    @Option(names = "--value", paramLabel = "VALUE",
            description = "The value; '-' reads it from standard input (one trailing line break dropped; "
                    + "an empty input sends an empty value).")
    String value;

    @Option(names = "--file", paramLabel = "FILE",
            description = "Produce every line of a JSON-lines file, in order ('-' reads the lines from standard input).")
    Path file;

    @Option(names = "--value-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "json (checked before sending) or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1", description = "Send each message N times (default: 1).")
    int repeat;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        var messages = messages();
        try (var client = topic.client()) {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            var results = MessageSender.on(client).send(topic.topic, messages, repeat, result -> {
                if (!json.wanted) {
                    print(result);
                }
            }, () -> false);
            if (json.wanted) {
                TopicJson.print(out, json(results));
            }
            out.flush();
            err.flush();
            return results.stream().allMatch(SendResult::sent) ? 0 : OneLineErrors.FAILED;
        }
    }

    private Iterable<OutgoingMessage> messages() {
        if (repeat < 1) {
            throw bad("--repeat must be 1 or more, not " + repeat);
        }
        if (partition != null && partition < 0) {
            throw bad("--partition must be 0 or more, not " + partition);
        }
        if (byKey && partition != null) {
            throw bad("--by-key and --partition contradict each other: give one of them");
        }
        if (file != null) {
            return fileMessages();
        }
        if (keepTimestamps || byKey) {
            throw bad((byKey ? "--by-key" : "--keep-timestamps") + " is for the lines of a --file");
        }
        if (value == null) {
            throw bad("Give --value V, --value - (standard input) or --file F.jsonl");
        }
        var text = value.equals("-") ? standardInput() : value;
        var wanted = partition == null ? OptionalInt.empty() : OptionalInt.of(partition);
        var valueFormat = format == Format.json ? OutgoingMessages.ValueFormat.JSON : OutgoingMessages.ValueFormat.TEXT;
        return List.of(OutgoingMessages.of(key, text, valueFormat, headers, wanted));
    }

    private Iterable<OutgoingMessage> fileMessages() {
        if (value != null || key != null || !headers.isEmpty()) {
            throw bad("--file takes key, value and headers from each line: leave out --key, --value and --header");
        }
        Iterable<OutgoingMessage> lines = file.toString().equals("-")
                ? OutgoingMessages.readJsonLines(System.in, "standard input", keepTimestamps)
                : JsonLinesFile.check(file, keepTimestamps);
        if (!byKey && partition == null) {
            return lines;
        }
        return () -> new java.util.Iterator<>() {
            private final java.util.Iterator<OutgoingMessage> each = lines.iterator();

            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public OutgoingMessage next() {
                return placed(each.next());
            }
        };
    }

    /** --by-key drops the line's partition; --partition is where lines without a partition of their own go. */
    private OutgoingMessage placed(OutgoingMessage message) {
        if (byKey) {
            return message.withPartition(OptionalInt.empty());
        }
        return message.partition().isPresent() ? message : message.withPartition(OptionalInt.of(partition));
    }

    private String standardInput() {
        try {
            var text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the value from standard input: " + e.getMessage(), e);
        }
    }

    private void print(SendResult result) {
        if (result.sent()) {
            spec.commandLine().getOut().println("partition " + result.partition() + " offset " + result.offset());
        } else {
            spec.commandLine().getErr().println("pinpipe: " + result.refusal().orElseThrow());
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode json(List<SendResult> results) {
        var root = JsonNodeFactory.instance.objectNode();
        var list = root.putArray("messages");
        for (var result : results) {
            var item = list.addObject().put("index", result.index());
            if (result.sent()) {
                item.put("partition", result.partition()).put("offset", result.offset())
                        .put("timestamp", result.timestamp().toString());
            } else {
                item.put("refused", result.refusal().orElseThrow());
            }
        }
        root.put("sent", results.stream().filter(SendResult::sent).count());
        root.put("refused", results.stream().filter(result -> !result.sent()).count());
        return root;
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
