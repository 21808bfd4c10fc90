package io.pinpipe.cli;

import io.pinpipe.messages.MessageException;
import io.pinpipe.messages.MessageFilter;
import io.pinpipe.messages.filter.Filters;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * Which partitions and which messages the reading message commands look at (a picocli mixin inside
 * {@link ScanOptions} and {@link MessageSelection}): {@code --partition} and {@code --filter}, checked the same way
 * everywhere. {@code --from} stays with each command's own mixin because its default differs (beginning or live).
 */
final class MessageChoice {

    @Option(names = "--partition", paramLabel = "P", split = ",",
            description = "Only partition P; repeat it or list them (0,2) for more (default: all).")
    List<Integer> partitions = new ArrayList<>();

    @Option(names = "--filter", paramLabel = "EXPR",
            description = "Only messages matching EXPR, e.g. 'value contains \"Albania\"', '$.count > 10', "
                    + "'header.source = \"app\"' (default: all).")
    String filter;

    /** The chosen partitions (empty for all), each refused when negative. */
    List<Integer> partitions() {
        for (var partition : partitions) {
            if (partition < 0) {
                throw MessageException.invalid("--partition must be 0 or more, not " + partition);
            }
        }
        return partitions;
    }

    boolean filtered() {
        return filter != null && !filter.isBlank();
    }

    MessageFilter messageFilter() {
        return filtered() ? Filters.parse(filter) : MessageFilter.ALL;
    }
}
