package io.pinpipe.topics;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.internals.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicNamesTest {

    @Test
    void pipelineNamesAreFine() {
        assertThat(TopicNames.check("0a1b2c3d4e5f.pin")).isEqualTo(new NameCheck.Ok());
        assertThat(TopicNames.check("a-b_c.D9")).isEqualTo(new NameCheck.Ok());
        assertThat(TopicNames.check("x".repeat(249))).isEqualTo(new NameCheck.Ok());
    }

    @Test
    void eachBrokenRuleHasItsSentence() {
        assertThat(TopicNames.check("")).isEqualTo(new NameCheck.Invalid("A topic name cannot be empty"));
        assertThat(TopicNames.check(".")).isEqualTo(new NameCheck.Invalid("A topic name cannot be '.'"));
        assertThat(TopicNames.check("..")).isEqualTo(new NameCheck.Invalid("A topic name cannot be '..'"));
        assertThat(TopicNames.check("x".repeat(250))).isEqualTo(
                new NameCheck.Invalid("A topic name can have at most 249 characters, this one has 250"));
        assertThat(TopicNames.check("my topic/ü")).isEqualTo(new NameCheck.Invalid(
                "A topic name may only contain letters, digits, '.', '_' and '-', not a space, '/', 'ü'"));
        assertThat(TopicNames.check("tab\there").note()).contains(
                "A topic name may only contain letters, digits, '.', '_' and '-', not U+0009");
    }

    @Test
    void anExistingNameIsInvalidAndADotUnderscoreTwinIsAWarning() {
        var existing = List.of("pins.today", "users");

        assertThat(TopicNames.check("users", existing)).isEqualTo(new NameCheck.Invalid("Topic 'users' already exists"));
        var twin = TopicNames.check("pins_today", existing);
        assertThat(twin).isInstanceOf(NameCheck.Warning.class);
        assertThat(twin.allowsCreate()).isTrue();
        assertThat(twin.note()).contains("'pins_today' collides with the existing topic 'pins.today': "
                + "Kafka treats '.' and '_' alike in metric names and refuses one of them");
        assertThat(TopicNames.check("pins-today", existing)).isEqualTo(new NameCheck.Ok());
    }

    /** Our rules agree with the client's own validation, which the broker uses too. */
    @ParameterizedTest
    @ValueSource(strings = {"ok", "a.b", "a_b-c", ".", "..", "...", "a b", "a/b", "ä", "a:b", "a+b", "-", "_", "", "0"})
    void agreesWithKafka(String name) {
        assertThat(TopicNames.check(name).allowsCreate()).isEqualTo(kafkaAccepts(name));
        assertThat(TopicNames.check("y".repeat(249)).allowsCreate()).isEqualTo(kafkaAccepts("y".repeat(249)));
        assertThat(TopicNames.check("y".repeat(250)).allowsCreate()).isEqualTo(kafkaAccepts("y".repeat(250)));
    }

    private static boolean kafkaAccepts(String name) {
        try {
            Topic.validate(name);
            return true;
        } catch (InvalidTopicException e) {
            return false;
        }
    }
}
