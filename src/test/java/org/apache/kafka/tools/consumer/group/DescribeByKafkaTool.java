package org.apache.kafka.tools.consumer.group;

import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kafka's own {@code kafka-consumer-groups.sh --describe}, in-process, for tests to compare Pinpipe with: its service
 * and records are package-private, so this adapter lives in the tool's package and hands out plain records.
 */
public final class DescribeByKafkaTool implements AutoCloseable {

    /** One partition row as the tool prints it. */
    public record Row(String topic, int partition, Optional<Long> offset, Optional<Long> logEnd, Optional<Long> lag,
                      Optional<String> consumerId, Optional<String> clientId, Optional<String> host) {
    }

    /** One member as {@code --describe --members --verbose} prints it. */
    public record Member(String consumerId, String clientId, String host, List<TopicPartition> assignment) {
    }

    private final ConsumerGroupCommand.ConsumerGroupService service;

    public DescribeByKafkaTool(String bootstrap) {
        var options = ConsumerGroupCommandOptions.fromArgs(new String[]{"--bootstrap-server", bootstrap,
                "--describe", "--all-groups", "--timeout", "15000"});
        service = new ConsumerGroupCommand.ConsumerGroupService(options, Map.of());
    }

    /** The partition rows of one group (rows without a partition, as the tool prints for a group without any, left out). */
    public List<Row> partitions(String groupId) throws Exception {
        Optional<Collection<PartitionAssignmentState>> rows = service.collectGroupOffsets(groupId).getValue();
        return rows.orElse(List.of()).stream()
                .filter(row -> row.topic().isPresent() && row.partition().isPresent())
                .map(row -> new Row(row.topic().get(), row.partition().get(), row.offset(), row.logEndOffset(),
                        row.lag(), member(row.consumerId()), member(row.clientId()), member(row.host())))
                .toList();
    }

    /** The tool prints "-" where a partition has no member. */
    private static Optional<String> member(Optional<String> value) {
        return value.filter(text -> !text.equals("-"));
    }

    public List<Member> members(String groupId) throws Exception {
        Optional<Collection<MemberAssignmentState>> members = service.collectGroupMembers(groupId).getValue();
        return members.orElse(List.of()).stream()
                .map(member -> new Member(member.consumerId(), member.clientId(), member.host(), member.assignment()))
                .toList();
    }

    /** The group ids {@code --list} prints. */
    public List<String> groups() {
        return service.listConsumerGroups();
    }

    @Override
    public void close() {
        service.close();
    }
}
