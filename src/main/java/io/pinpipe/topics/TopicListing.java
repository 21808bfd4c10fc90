package io.pinpipe.topics;

import io.pinpipe.topics.TopicFailures.Operation;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** One listing of a cluster's topics: the names in one request, then their descriptions batch by batch. */
final class TopicListing {

    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

    private final Admin admin;
    private final AdminCalls calls;
    private final int batchSize;

    TopicListing(Admin admin, AdminCalls calls, int batchSize) {
        this.admin = admin;
        this.calls = calls;
        this.batchSize = batchSize;
    }

    ListedTopics list(boolean includeInternal, ListingProgress progress, BooleanSupplier cancelled) {
        var listings = calls.await(Operation.of("list topics"), calls.timed("listTopics",
                admin.listTopics(new ListTopicsOptions().listInternal(includeInternal)).namesToListings()));
        var names = new ArrayList<>(new TreeMap<>(listings).keySet());
        var batches = new ArrayList<List<String>>();
        for (var start = 0; start < names.size(); start += batchSize) {
            batches.add(names.subList(start, Math.min(names.size(), start + batchSize)));
        }
        Predicate<String> internal = name -> listings.get(name).isInternal();
        var summaries = new ArrayList<TopicSummary>(names.size());
        var next = batches.isEmpty() ? Map.<String, KafkaFuture<TopicDescription>>of() : describe(batches.get(0));
        for (var i = 0; i < batches.size(); i++) {
            if (cancelled.getAsBoolean()) {
                log.debug("Listing cancelled after {} of {} topics", summaries.size(), names.size());
                return new ListedTopics(summaries, names.size(), false);
            }
            var current = next;
            // One batch ahead in flight, so the broker works while this one is mapped and shown.
            next = i + 1 < batches.size() ? describe(batches.get(i + 1)) : Map.of();
            var described = summaries(batches.get(i), current, internal);
            summaries.addAll(described);
            progress.described(described, summaries.size(), names.size());
        }
        return new ListedTopics(summaries, names.size(), true);
    }

    private Map<String, KafkaFuture<TopicDescription>> describe(List<String> batch) {
        return calls.timedEach("describeTopics(" + batch.size() + " topics from " + batch.get(0) + ")",
                admin.describeTopics(batch).topicNameValues());
    }

    /** A topic that could not be described keeps its row, with the reason instead of numbers. */
    private List<TopicSummary> summaries(List<String> batch, Map<String, KafkaFuture<TopicDescription>> futures,
                                         Predicate<String> internal) {
        calls.awaitAll(futures.values());
        var failures = calls.failures();
        return batch.stream().map(name -> {
            var future = futures.get(name);
            var operation = Operation.on("describe topic", name);
            try {
                return future.isDone() ? TopicMapping.summary(future.get())
                        : TopicSummary.failed(name, internal.test(name), failures.timedOut(operation, null).getMessage());
            } catch (ExecutionException e) {
                return TopicSummary.failed(name, internal.test(name), failures.describe(e, operation).getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failures.describe(e, Operation.of("list topics"));
            }
        }).toList();
    }
}
