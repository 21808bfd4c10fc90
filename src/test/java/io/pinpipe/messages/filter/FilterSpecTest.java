package io.pinpipe.messages.filter;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageFilter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pane's fields combined with "and"; errors name the field. */
class FilterSpecTest {

    private static final Instant T0 = Msgs.T0;
    private final List<Message> messages = List.of(
            Msgs.value("{\"country\": \"Albania\", \"n\": 1}").key("a-1").header("source", "emulator").at(0, 0).time(T0.minusSeconds(1)).build(),
            Msgs.value("{\"country\": \"Albania\", \"n\": 2}").key("a-2").header("source", "emulator").at(0, 1).time(T0).build(),
            Msgs.value("{\"country\": \"Chad\", \"n\": 3}").key("b-3").header("source", "manual").at(0, 2).time(T0.plusSeconds(1)).build(),
            Msgs.value("{\"country\": \"Albania\", \"n\": 4}").key("a-4").at(0, 3).time(T0.plusSeconds(2)).build());

    private List<Long> offsets(FilterSpec spec) {
        MessageFilter filter = spec.toFilter();
        return messages.stream().filter(filter::test).map(Message::offset).toList();
    }

    private static FilterSpec spec(String contains, String regex, String expression, String header, String value) {
        return new FilterSpec(contains, regex, expression, header, value, Optional.empty(), Optional.empty());
    }

    @Test
    void emptyMatchesEverything() {
        assertThat(FilterSpec.NONE.isEmpty()).isTrue();
        assertThat(offsets(FilterSpec.NONE)).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void eachFieldAlone() {
        assertThat(offsets(spec("Albania", "", "", "", ""))).containsExactly(0L, 1L, 3L);
        assertThat(offsets(spec("", "^b-", "", "", ""))).containsExactly(2L);
        assertThat(offsets(spec("", "", "n >= 3", "", ""))).containsExactly(2L, 3L);
        assertThat(offsets(spec("", "", "", "source", ""))).containsExactly(0L, 1L, 2L);
        assertThat(offsets(spec("", "", "", "source", "manual"))).containsExactly(2L);
    }

    @Test
    void fieldsCombineWithAnd() {
        var spec = spec("Albania", "a-[0-9]", "n > 1", "source", "emulator");
        assertThat(offsets(spec)).containsExactly(1L);
        assertThat(spec.toFilter().describe()).isEqualTo(
                "\"Albania\" and /a-[0-9]/ and $.n > 1 and header.source = \"emulator\"");
    }

    @Test
    void theRegexFieldTakesSlashesAndFlagsOrAPlainExpression() {
        assertThat(spec("", "/ALBANIA/i", "", "", "").toFilter().describe()).isEqualTo("/ALBANIA/i");
        assertThat(spec("", "^a/b$", "", "", "").toFilter().describe()).isEqualTo("/^a\\/b$/");
    }

    @Test
    void timeRangeIsFromInclusiveUntilExclusive() {
        var spec = new FilterSpec("", "", "", "", "", Optional.of(T0), Optional.of(T0.plusSeconds(2)));
        assertThat(offsets(spec)).containsExactly(1L, 2L);
    }

    @Test
    void errorsNameTheField() {
        assertThatThrownBy(() -> spec("", "(abc", "", "", "").toFilter())
                .isInstanceOf(FilterException.class).hasMessage("Regex: Unclosed group near index 4");
        assertThatThrownBy(() -> spec("", "", "country = Albania", "", "").toFilter())
                .isInstanceOf(FilterException.class).hasMessage(
                        "Expression: column 11: expected a value after '=' (a number, a quoted text, true, false or null)");
        assertThatThrownBy(() -> spec("", "", "a > 1e99999999999", "", "").toFilter())
                .isInstanceOf(FilterException.class).hasMessage(
                        "Expression: column 5: the number 1e99999999999 is out of range (its exponent must be within ±999999999)");
        assertThatThrownBy(() -> spec("", "/abc/g", "", "", "").toFilter())
                .isInstanceOf(FilterException.class).hasMessage("Regex: unknown regular expression flag 'g' (use i, m, s or x)");
        var backwards = new FilterSpec("", "", "", "", "", Optional.of(T0), Optional.of(T0));
        assertThatThrownBy(backwards::toFilter).hasMessageStartingWith("Until: ");
    }
}
