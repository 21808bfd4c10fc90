package io.pinpipe.messages.view;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.OutgoingMessages.ValueFormat;
import io.pinpipe.messages.SendResult;
import io.pinpipe.messages.TimestampType;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the produce form says about its fields before anything is sent, without a window. */
class ProduceViewModelTest {

    private final Async async = new Async(Executors.newSingleThreadExecutor(), Runnable::run, new BackgroundWork());

    @Test
    void jsonIsCheckedOnlyWhenJsonIsChosenAndABlankJsonValueCannotBeSent() {
        var model = model(Optional.empty());
        model.form().valueProperty().set("{\"a\": }");

        assertThat(model.form().valueProblemProperty().get()).isEmpty();
        assertThat(model.canSendProperty().get()).isTrue();

        model.form().formatProperty().set(ValueFormat.JSON);
        assertThat(model.form().valueProblemProperty().get()).isEqualTo("Value is not JSON: line 1, column 7: unexpected character '}'");
        assertThat(model.canSendProperty().get()).isFalse();

        model.form().valueProperty().set("  ");
        assertThat(model.form().valueProblemProperty().get()).isEmpty();
        assertThat(model.canSendProperty().get()).isFalse();
    }

    @Test
    void aHeaderLineWithoutEqualsIsNamed() {
        var model = model(Optional.empty());
        model.form().headersProperty().set("trace=1\nbroken");

        assertThat(model.form().headersProblemProperty().get()).isEqualTo("Header 2 (\"broken\") has no '=': write it as name=value");
        assertThat(model.canSendProperty().get()).isFalse();
    }

    @Test
    void sendAgainFillsKeyValueHeadersPartitionAndSeesJson() {
        var message = new Message("t", 2, 4, Instant.now(), TimestampType.CREATE_TIME, utf8("k"), utf8("[1, 2]"),
                List.of(Message.Header.of("a", "1"), new Message.Header("none", null)));

        var model = model(Optional.of(message));

        assertThat(model.form().keyProperty().get()).isEqualTo("k");
        assertThat(model.form().valueProperty().get()).isEqualTo("[1, 2]");
        assertThat(model.form().formatProperty().get()).isEqualTo(ValueFormat.JSON);
        assertThat(model.form().headersProperty().get()).isEqualTo("a=1\nnone=");
        assertThat(model.form().partitionProperty().get()).isEqualTo("Partition 2");
        assertThat(model.form().partitionChoices()).containsExactly("By key", "Partition 0", "Partition 1", "Partition 2");
        assertThat(model.form().noticeProperty().get()).isEmpty();
    }

    @Test
    void sendAgainOfBinaryBytesSaysTheyWouldNotBeSentAsThey() {
        var message = new Message("t", 0, 4, Instant.now(), TimestampType.CREATE_TIME, utf8("k"),
                new byte[]{(byte) 0xff, 0x01}, List.of());

        var model = model(Optional.of(message));

        assertThat(model.form().noticeProperty().get()).startsWith("The message's value is not UTF-8 text");
    }

    @Test
    void sendAgainKeepsATombstoneAnEmptyKeyANullHeaderValueAndBinaryBytesAsTheyWere() {
        var binary = new byte[]{(byte) 0xff, 0x01};
        var message = new Message("t", 0, 4, Instant.now(), TimestampType.CREATE_TIME, new byte[0], null,
                List.of(new Message.Header("none", null), new Message.Header("bin", binary), Message.Header.of("pad", " x ")));

        var model = model(Optional.of(message));
        var again = model.form().message();

        assertThat(model.form().tombstoneProperty().get()).isTrue();
        assertThat(again.key()).isEmpty();
        assertThat(again.value()).isNull();
        assertThat(again.headers()).containsExactlyElementsOf(message.headers());

        model.form().keyProperty().set("k2");
        model.form().tombstoneProperty().set(false);
        model.form().valueProperty().set("now a value");
        var edited = model.form().message();
        assertThat(edited.key()).asString(StandardCharsets.UTF_8).isEqualTo("k2");
        assertThat(edited.value()).asString(StandardCharsets.UTF_8).isEqualTo("now a value");
        assertThat(edited.headers()).containsExactlyElementsOf(message.headers());
    }

    @Test
    void aTombstoneIsSentWithANullValueAndJsonIsNotAskedOfIt() {
        var model = model(Optional.empty());
        model.form().formatProperty().set(ValueFormat.JSON);
        assertThat(model.canSendProperty().get()).isFalse();

        model.form().tombstoneProperty().set(true);

        assertThat(model.canSendProperty().get()).isTrue();
        assertThat(model.form().message().value()).isNull();
    }

    @Test
    void sendAgainOfAHeaderNameWithEqualsSaysWhatAnEditWouldChange() {
        var message = new Message("t", 0, 4, Instant.now(), TimestampType.CREATE_TIME, utf8("k"), utf8("v"),
                List.of(Message.Header.of("a=b", "c")));

        var model = model(Optional.of(message));

        assertThat(model.form().noticeProperty().get()).isEqualTo("Header name \"a=b\" holds '=': left as they are, the "
                + "headers are sent as they were; edited, a name ends at its first '=', so that header would change.");
        assertThat(model.form().message().headers()).containsExactly(Message.Header.of("a=b", "c"));
    }

    @Test
    void aRepeatCountThatIsNotANumberFrom1To100000IsNamedAndBlocksSend() {
        var model = model(Optional.empty());

        model.form().repeatTyped("", 100_000);
        assertThat(model.form().repeatProblemProperty().get()).isEqualTo("Repeat must be a whole number from 1 to 100000");
        assertThat(model.canSendProperty().get()).isFalse();

        model.form().repeatTyped("7", 100_000);
        assertThat(model.form().repeatProblemProperty().get()).isEmpty();
        assertThat(model.form().repeatProperty().get()).isEqualTo(7);
        assertThat(model.canSendProperty().get()).isTrue();
    }

    @Test
    void aResultReadsAsPartitionAndOffsetOrTheRefusal() {
        assertThat(ProduceViewModel.line(new SendResult(1, 2, 41, Instant.EPOCH, Optional.empty())))
                .isEqualTo(new ProduceViewModel.ResultLine(true, "Sent to partition 2 at offset 41"));
        assertThat(ProduceViewModel.line(new SendResult(3, -1, -1, Instant.EPOCH, Optional.of("The broker refused message 3: x"))))
                .isEqualTo(new ProduceViewModel.ResultLine(false, "The broker refused message 3: x"));
    }

    private ProduceViewModel model(Optional<Message> prefill) {
        return new ProduceViewModel(() -> {
            throw new AssertionError("nothing is sent here");
        }, async, "t", List.of(0, 1, 2), prefill);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
