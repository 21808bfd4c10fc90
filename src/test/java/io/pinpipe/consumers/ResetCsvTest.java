package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;
import io.pinpipe.consumers.ResetCsv.Line;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reset CSV on its own: the lines it writes and every way a line can be wrong. */
class ResetCsvTest {

    @Test
    void oneGroupIsWrittenAsTopicPartitionOffsetLines() {
        var plan = plan("g", new ResetPlan.Row("orders", 0, OptionalLong.of(4), 7, false),
                new ResetPlan.Row("orders", 1, OptionalLong.empty(), 0, false));

        assertThat(ResetCsv.write(plan)).isEqualTo("orders,0,7\norders,1,0\n");
    }

    @Test
    void severalGroupsAreWrittenWithAGroupColumnQuotedWhenItNeedsIt() {
        var csv = ResetCsv.write(List.of(plan("a,b", new ResetPlan.Row("orders", 0, OptionalLong.of(1), 2, false)),
                plan("say \"hi\"", new ResetPlan.Row("orders", 3, OptionalLong.of(1), 5, false))));

        assertThat(csv).isEqualTo("\"a,b\",orders,0,2\n\"say \"\"hi\"\"\",orders,3,5\n");
        assertThat(ResetCsv.read(csv)).containsExactly(new Line("a,b", "orders", 0, 2), new Line("say \"hi\"", "orders", 3, 5));
    }

    @Test
    void blankLinesAndWindowsLineEndsAreAccepted() {
        assertThat(ResetCsv.read("orders,0,7\r\n\r\n  \norders,1,0\r\n\n"))
                .containsExactly(new Line("", "orders", 0, 7), new Line("", "orders", 1, 0));
    }

    @Test
    void aBadLineFailsTheFileNamingItsNumber() {
        assertBad("orders,0,1\norders,1,2\norders,2,abc\n", "line 3: the offset 'abc' is not a number");
        assertBad("orders,x,1\n", "line 1: the partition 'x' is not a number");
        assertBad("orders,0,1\n\norders,1,-4\n", "line 3: the offset -1 is negative".replace("-1", "-4"));
        assertBad("orders,0\n", "line 1: expected topic,partition,offset or group,topic,partition,offset but found 2 columns");
        assertBad("orders,0,1\ng,orders,1,1\n", "line 2: 4 columns where the first line has 3");
        assertBad("bad topic!,0,1\n", "line 1: 'bad topic!' is not a topic name (letters, digits, '.', '_' and '-' only)");
        assertBad("orders,0,1\norders,0,2\n", "line 2: partition orders-0 is already on line 1");
        assertBad("\"g,orders,0,1\n", "line 1: a quote is not closed");
        assertBad("orders,99999999999,1\n", "line 1: the partition 99999999999 is too large");
    }

    private static void assertBad(String csv, String message) {
        assertThatThrownBy(() -> ResetCsv.read(csv))
                .isInstanceOf(GroupException.class)
                .hasMessage(message)
                .extracting(e -> ((GroupException) e).reason()).isEqualTo(Reason.INVALID_REQUEST);
    }

    private static ResetPlan plan(String group, ResetPlan.Row... rows) {
        return new ResetPlan(group, new ResetTarget.ToEarliest(), List.of(rows), List.of(), "");
    }
}
