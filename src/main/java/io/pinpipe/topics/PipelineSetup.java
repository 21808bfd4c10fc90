package io.pinpipe.topics;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.topics.TopicFailures.Operation;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Map;
import java.util.OptionalInt;

/** Creates a pipeline's {@code <prefix>.pin}, {@code .geo} and {@code .user}; the ones that exist stay as they are. */
record PipelineSetup(ClusterClient client, AdminCalls calls, TopicReads reads, TopicReadiness readiness) {

    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

    PipelineTopics create(String prefix, OptionalInt partitions, OptionalInt replicationFactor) {
        PipelinePrefix.problem(prefix).ifPresent(problem -> {
            throw TopicException.invalid(problem);
        });
        var names = PipelineTopics.names(prefix);
        var existing = reads.topicNames();
        var brokers = reads.brokerCount();
        var skipped = new ArrayList<>(names.stream().filter(existing::contains).toList());
        var wanted = names.stream().filter(name -> !existing.contains(name))
                .map(name -> new NewTopicRequest(name, partitions, replicationFactor, Map.of())).toList();
        for (var request : wanted) {
            var check = RequestCheck.of(request, brokers, existing);
            if (!check.ok()) {
                throw TopicException.invalid(String.join("; ", check.errors()));
            }
        }
        var futures = calls.timedEach("createTopics(pipeline " + prefix + ")",
                client.admin().createTopics(wanted.stream().map(TopicChanges::newTopic).toList()).values());
        calls.awaitAll(futures.values());
        var created = new ArrayList<String>();
        for (var request : wanted) {
            try {
                calls.await(Operation.on("create topic", request.name()), futures.get(request.name()));
                created.add(request.name());
            } catch (TopicException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                skipped.add(request.name()); // created by someone else since we listed
            }
        }
        log.info("Pipeline topics for prefix {}: created {}, skipped {}", prefix, created, skipped);
        // The ones that were there may be only a moment older than these.
        readiness.awaitWritable(names);
        return new PipelineTopics(created, skipped);
    }
}
