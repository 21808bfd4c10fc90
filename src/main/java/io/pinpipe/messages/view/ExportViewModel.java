package io.pinpipe.messages.view;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.client.KafkaConnections;
import io.pinpipe.connections.Connection;
import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.ExportFormat;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageBrowser;
import io.pinpipe.messages.ScanEstimate;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The export dialog: the selected messages, or every match of the current search (scanned again to the partitions'
 * ends, without a scan limit once the user chose it, the estimate shown first), to a JSON-lines or CSV file chosen by
 * its name; progress, Cancel (no half file is left), and the outcome in words.
 */
public final class ExportViewModel {

    /** What is exported. */
    public enum Scope {
        SELECTED, ALL_MATCHES
    }

    /** How an export ended: how many messages went to which file, or that it was cancelled. */
    record Outcome(long written, Path file, boolean cancelled) {
    }

    private final Supplier<ClusterClient> clients;
    private final Async async;
    private final String topic;
    private final List<Message> selected;
    private final Optional<BrowseRequest> search;

    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<Path>> file = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty estimate = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanBinding canExport;
    private final JobSlot estimating = new JobSlot();
    private final JobSlot exporting = new JobSlot();
    private AtomicBoolean stop = new AtomicBoolean();
    private volatile Optional<ScanEstimate> scanEstimate = Optional.empty();

    /**
     * @param clients  the cluster's shared client; called off the FX thread only
     * @param selected the messages selected in the table (may be empty)
     * @param search   the current search, for "all matches" (empty when there is none)
     */
    public ExportViewModel(Supplier<ClusterClient> clients, Async async, String topic, List<Message> selected,
                           Optional<BrowseRequest> search) {
        this.clients = clients;
        this.async = async;
        this.topic = topic;
        this.selected = List.copyOf(selected);
        this.search = search;
        scope.set(selected.isEmpty() && search.isPresent() ? Scope.ALL_MATCHES : Scope.SELECTED);
        canExport = Bindings.createBooleanBinding(() -> file.get().isPresent()
                        && (scope.get() == Scope.SELECTED ? !this.selected.isEmpty() : this.search.isPresent()), file, scope)
                .and(running.not());
        file.addListener((obs, old, now) -> outcome.set(""));
    }

    /** The same over a saved connection, the way the panes reach a cluster. */
    public static ExportViewModel over(KafkaConnections kafka, Connection connection, Async async, String topic,
                                       List<Message> selected, Optional<BrowseRequest> search) {
        return new ExportViewModel(() -> kafka.clientOf(connection), async, topic, selected, search);
    }

    /** Asks in the background how much "all matches" would scan, so the user knows before choosing it. */
    public void estimate() {
        if (search.isEmpty()) {
            estimate.set("no search to repeat");
            return;
        }
        estimate.set("estimating…");
        var request = search.get();
        estimating.replace(async.job("Estimating the export of " + topic, p -> MessageBrowser.on(clients.get()).estimate(request))
                .onSuccess(found -> {
                    scanEstimate = Optional.of(found);
                    estimate.set("scans up to " + Counts.of(found.messages(), "message")
                            + found.bytes().stream().mapToObj(bytes -> ", " + Sizes.of(bytes)).findFirst().orElse(""));
                })
                .onError(e -> estimate.set("size unknown: " + ErrorText.of(e))));
    }

    /** Writes the chosen messages in the background; the file appears only when complete. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        var target = file.get().orElseThrow();
        var format = ExportFormat.of(target);
        stop = new AtomicBoolean();
        var stopped = stop;
        failure.set("");
        outcome.set("");
        progress.set(scope.get() == Scope.SELECTED ? -1 : 0);
        status.set("Exporting to " + target.getFileName() + "…");
        running.set(true);
        var all = scope.get() == Scope.ALL_MATCHES;
        var expected = scanEstimate.map(ScanEstimate::messages).orElse(0L);
        exporting.replace(async.job("Exporting " + topic + " to " + target.getFileName(),
                        p -> all ? ExportWork.matches(clients.get(), search.orElseThrow(), expected, target, format, p, stopped)
                                : ExportWork.selected(selected, target, format))
                .onProgress((fraction, text) -> {
                    progress.set(fraction);
                    status.set(text);
                })
                .onSuccess(done -> {
                    progress.set(done.cancelled() ? 0 : 1);
                    if (done.cancelled()) {
                        status.set("Export cancelled: no file was written.");
                    } else {
                        status.set("");
                        outcome.set("Exported " + Counts.of(done.written(), "message") + " to " + done.file());
                    }
                })
                .onError(e -> {
                    status.set("");
                    failure.set(ErrorText.of(e));
                })
                .andFinally(() -> running.set(false)));
    }

    /** Stops the export; the partial file is removed. */
    public void cancel() {
        stop.set(true);
    }

    /** The dialog closed: a running export is cancelled (no half file is left). */
    public void close() {
        stop.set(true);
        estimating.cancel();
    }

    public String topic() {
        return topic;
    }

    public int selectedCount() {
        return selected.size();
    }

    public boolean hasSearch() {
        return search.isPresent();
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Optional<Path>> fileProperty() {
        return file;
    }

    /** "JSON lines" or "CSV", by the chosen file's name. */
    public String formatOf(Path chosen) {
        return ExportFormat.of(chosen) == ExportFormat.CSV ? "CSV" : "JSON lines";
    }

    public StringProperty estimateProperty() {
        return estimate;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public StringProperty failureProperty() {
        return failure;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
