package io.pinpipe.messages.view;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.client.KafkaConnections;
import io.pinpipe.connections.Connection;
import io.pinpipe.messages.JsonLinesFile;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageException;
import io.pinpipe.messages.MessageSender;
import io.pinpipe.messages.OutgoingMessage;
import io.pinpipe.messages.OutgoingMessages;
import io.pinpipe.messages.SendResult;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import io.pinpipe.ui.Progress;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The produce dialog: key, value (checked as JSON when JSON is chosen, the error beside it), headers, partition or
 * by key, repeat count; Send and "Produce file…" run in the background and list each message's partition and offset
 * or the broker's refusal in words.
 */
public final class ProduceViewModel {

    /** Sends and refusals listed one by one, each up to this many; beyond it a file's sends are only counted. */
    static final int LISTED = 200;

    /** One line of the results list. */
    public record ResultLine(boolean sent, String text) {
    }

    private final Supplier<ClusterClient> clients;
    private final Async async;
    private final String topic;
    private final ProduceForm form;

    private final ObservableList<ResultLine> results = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty sending = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanBinding canSend;
    private final JobSlot work = new JobSlot();
    private AtomicBoolean stop = new AtomicBoolean();

    /**
     * @param clients    the cluster's shared client; called off the FX thread only (it may be made then)
     * @param partitions the topic's partition numbers, offered besides "By key"
     * @param prefill    a message to send again: its key, value, headers and partition fill the form
     */
    public ProduceViewModel(Supplier<ClusterClient> clients, Async async, String topic, List<Integer> partitions,
                            Optional<Message> prefill) {
        this.clients = clients;
        this.async = async;
        this.topic = topic;
        this.form = new ProduceForm(partitions);
        prefill.ifPresent(form::fill);
        canSend = form.validProperty().and(sending.not());
    }

    /** The same over a saved connection, the way the panes reach a cluster. */
    public static ProduceViewModel over(KafkaConnections kafka, Connection connection, Async async, String topic,
                                        List<Integer> partitions, Optional<Message> prefill) {
        return new ProduceViewModel(() -> kafka.clientOf(connection), async, topic, partitions, prefill);
    }

    /** Sends the form's message {@code repeat} times in the background; each result is listed as it comes. */
    public void send() {
        if (!canSend.get()) {
            return;
        }
        OutgoingMessage message;
        try {
            message = form.message();
        } catch (MessageException e) {
            failure.set(e.getMessage());
            return;
        }
        var times = form.repeatProperty().get();
        start("Sending " + (times == 1 ? "the message" : times + " messages") + " to " + topic + "…");
        var stopped = stop;
        work.replace(async.job("Producing to " + topic, p -> sendAll(List.of(message), 1, times, p, stopped))
                .onSuccess(sent -> finished(sent, ""))
                .onError(this::failed)
                .andFinally(() -> sending.set(false)));
    }

    /** Produces every line of a JSON-lines file in order; a bad line is named by number and nothing is sent. */
    public void produceFile(Path file) {
        if (sending.get()) {
            return;
        }
        start("Reading " + file.getFileName() + "…");
        var stopped = stop;
        work.replace(async.job("Producing " + file.getFileName() + " to " + topic, p -> {
                    var messages = JsonLinesFile.check(file, false);
                    p.update(0, "Sending " + Counts.of(messages.count(), "message") + " from " + file.getFileName() + "…");
                    return sendAll(messages, messages.count(), 1, p, stopped);
                })
                .onProgress((fraction, text) -> {
                    progress.set(fraction);
                    status.set(text);
                })
                .onSuccess(sent -> finished(sent, " from " + file.getFileName()))
                .onError(this::failed)
                .andFinally(() -> sending.set(false)));
    }

    /** Stops sending new messages; those already sent are still listed. */
    public void stop() {
        stop.set(true);
    }

    /** The dialog closed: nothing more is sent. */
    public void close() {
        stop.set(true);
        work.cancel();
    }

    private List<SendResult> sendAll(Iterable<OutgoingMessage> messages, long count, int times, Progress p,
                                     AtomicBoolean stopped) {
        var total = count * times;
        var done = new long[1];
        var refusalsListed = new int[1];
        var lastUpdate = new long[]{System.nanoTime()};
        var results = MessageSender.on(clients.get()).send(topic, messages, times, result -> {
            done[0]++;
            var listRefusal = !result.sent() && refusalsListed[0] < LISTED;
            if (listRefusal) {
                refusalsListed[0]++;
            }
            if (listRefusal || (result.sent() && done[0] <= LISTED)) {
                var line = line(result);
                p.deliver(() -> this.results.add(line));
            }
            if (System.nanoTime() - lastUpdate[0] > 100_000_000L || done[0] == total) {
                lastUpdate[0] = System.nanoTime();
                p.update((double) done[0] / total, "Sent " + Counts.number(done[0]) + " of " + Counts.number(total) + "…");
            }
        }, stopped::get);
        return results;
    }

    static ResultLine line(SendResult result) {
        return result.sent()
                ? new ResultLine(true, "Sent to partition " + result.partition() + " at offset " + result.offset())
                : new ResultLine(false, result.refusal().orElseThrow());
    }

    private void start(String words) {
        stop = new AtomicBoolean();
        results.clear();
        failure.set("");
        status.set(words);
        progress.set(-1);
        sending.set(true);
    }

    private void finished(List<SendResult> sent, String from) {
        var refused = sent.stream().filter(result -> !result.sent()).count();
        var ok = sent.size() - refused;
        var words = "Sent " + Counts.of(ok, "message") + from + (refused > 0 ? "; " + Counts.number(refused) + " refused" : "");
        if (stop.get()) {
            words += " (stopped)";
        }
        if (sent.size() > LISTED) {
            words += "; the first " + LISTED + " are listed";
        }
        status.set(words + ".");
        progress.set(1);
    }

    private void failed(Throwable e) {
        failure.set(ErrorText.of(e));
        status.set("Nothing was sent.");
    }

    public String topic() {
        return topic;
    }

    public ProduceForm form() {
        return form;
    }

    public ObservableList<ResultLine> results() {
        return results;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty failureProperty() {
        return failure;
    }

    public BooleanProperty sendingProperty() {
        return sending;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }
}
