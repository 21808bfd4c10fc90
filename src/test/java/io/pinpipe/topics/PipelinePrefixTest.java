package io.pinpipe.topics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for the pipeline's topic prefix that the Topics pane, the emulator form and the command line share. */
class PipelinePrefixTest {

    @ParameterizedTest
    @ValueSource(strings = {"0a1b2c3d4e5f", "demo", "a", "team_a.stage-2", ".hidden", "a..b"})
    void aPrefixThatMakesThreeValidNamesIsFine(String prefix) {
        assertThat(PipelinePrefix.problem(prefix)).isEmpty();
        PipelineTopics.names(prefix).forEach(name -> assertThat(TopicNames.check(name)).isEqualTo(new NameCheck.Ok()));
    }

    @Test
    void anEmptyPrefixSaysWhatThePrefixIsFor() {
        assertThat(PipelinePrefix.problem("")).contains(
                "The topic prefix cannot be empty: it names the topics PREFIX.pin, PREFIX.geo and PREFIX.user");
    }

    @Test
    void illegalCharactersAreNamedOnceEach() {
        assertThat(PipelinePrefix.problem("my prefix!!")).contains(
                "A topic prefix may only contain letters, digits, '.', '_' and '-', not a space, '!'");
        assertThat(PipelinePrefix.problem("tab\there/ü")).contains(
                "A topic prefix may only contain letters, digits, '.', '_' and '-', not U+0009, '/', 'ü'");
        assertThat(PipelinePrefix.problem(" demo")).as("callers strip what a person typed; the rule does not").isPresent();
    }

    @Test
    void theLongestPrefixStillLeavesRoomForDotUser() {
        var longest = "x".repeat(PipelinePrefix.MAX_LENGTH);

        assertThat(PipelinePrefix.MAX_LENGTH).isEqualTo(244);
        assertThat(PipelinePrefix.problem(longest)).isEmpty();
        assertThat(TopicNames.check(longest + ".user")).isEqualTo(new NameCheck.Ok());
        assertThat(TopicNames.check(longest + "x.user")).isInstanceOf(NameCheck.Invalid.class);
        assertThat(PipelinePrefix.problem(longest + "x")).contains(
                "A topic prefix can have at most 244 characters, so that PREFIX.user fits in 249; this one has 245");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void dotAndDotDotAreRefusedAsKafkaRefusesThemAsNames(String prefix) {
        assertThat(PipelinePrefix.problem(prefix)).contains("The topic prefix cannot be '" + prefix + "'");
    }
}
