package io.pinpipe.messages.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageBrowser;
import io.pinpipe.messages.MessagePage;
import io.pinpipe.messages.ScanEstimate;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.ScanListener;
import io.pinpipe.messages.ScanProgress;
import io.pinpipe.messages.StartPosition;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.JobSlot;
import io.pinpipe.ui.Progress;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One search and its pages: the estimate first (over the limit the user is asked before anything is read), then the
 * first page with its progress, Stop (what was matched so far stays), and Older/Newer. Touched on the FX thread.
 */
final class Search {

    private enum Move { FIRST, OLDER, NEWER }

    private final Async async;
    private final Function<Connection, MessageBrowser> browsers;
    private final ObservableList<Message> rows;
    private final Consumer<Throwable> failed;
    private final JobSlot slot = new JobSlot();
    private final BooleanProperty scanning = new SimpleBooleanProperty(false);
    private final BooleanProperty hasOlder = new SimpleBooleanProperty(false);
    private final BooleanProperty hasNewer = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressLine = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty overLimit = new SimpleStringProperty("");
    private final IntegerProperty pageNumber = new SimpleIntegerProperty(0);
    private AtomicBoolean stop = new AtomicBoolean();
    private Connection on;
    private BrowseRequest request;
    private MessagePage page;
    private ScanEstimate asked;
    /** True while the estimate of a new search is read: nothing is scanned yet. */
    private boolean estimating;

    Search(Async async, Function<Connection, MessageBrowser> browsers, ObservableList<Message> rows,
           Consumer<Throwable> failed) {
        this.async = async;
        this.browsers = browsers;
        this.rows = rows;
        this.failed = failed;
    }

    /** Estimates, then reads the first page or asks first when the estimate is over the request's limit. */
    void start(Connection connection, BrowseRequest wanted) {
        cancel();
        rows.clear();
        page = null;
        pageNumber.set(0);
        hasOlder.set(false);
        hasNewer.set(false);
        progressLine.set("");
        scanning.set(true);
        progress.set(-1);
        status.set("Estimating what " + wanted.topic() + " holds from the start chosen…");
        estimating = true;
        slot.replace(async.job("Estimating a search of " + wanted.topic(),
                        p -> browsers.apply(connection).estimate(wanted))
                .andFinally(() -> estimating = false)
                .onSuccess(estimate -> {
                    if (estimate.overLimit()) {
                        ask(connection, wanted, estimate);
                    } else {
                        read(connection, wanted, estimate.messages(), Move.FIRST);
                    }
                })
                .onError(this::failedWith)
                .onCancelled(() -> scanning.set(false)));
    }

    private void ask(Connection connection, BrowseRequest wanted, ScanEstimate estimate) {
        on = connection;
        request = wanted;
        asked = estimate;
        scanning.set(false);
        progress.set(0);
        status.set("");
        overLimit.set(MessageWords.estimate(estimate));
    }

    /** The banner's "Scan the first 1 million": reads up to the limit, and says so if it stops there. */
    void scanFirst() {
        answered(request.withLimit(asked.limit()));
    }

    /** The banner's "Scan all": no limit for this search and its pages. */
    void scanAll() {
        answered(request.withLimit(ScanLimit.UNLIMITED));
    }

    /** The banner's "Cancel": nothing is read. */
    void cancelAsked() {
        overLimit.set("");
        status.set("Nothing was read.");
    }

    private void answered(BrowseRequest chosen) {
        overLimit.set("");
        var total = chosen.limit().equals(ScanLimit.UNLIMITED) ? asked.messages()
                : Math.min(asked.messages(), asked.limit().messages());
        read(on, chosen, total, Move.FIRST);
    }

    void older() {
        if (page != null && !scanning.get()) {
            read(on, request, -1, Move.OLDER);
        }
    }

    void newer() {
        if (page != null && !scanning.get()) {
            read(on, request, -1, Move.NEWER);
        }
    }

    private void read(Connection connection, BrowseRequest wanted, long total, Move move) {
        on = connection;
        request = wanted;
        var from = page;
        var stopped = new AtomicBoolean();
        stop = stopped;
        scanning.set(true);
        progress.set(total > 0 ? 0 : -1);
        status.set(move == Move.FIRST ? "Searching " + wanted.topic() + "…" : "Reading the "
                + (move == Move.OLDER ? "older" : "newer") + " page…");
        if (move == Move.FIRST) {
            rows.clear();
        }
        slot.replace(async.job("Searching " + wanted.topic(), p -> {
                    var browser = browsers.apply(connection);
                    var listener = listener(p, total, move == Move.FIRST ? wanted.pageSize() : 0);
                    return switch (move) {
                        case FIRST -> browser.read(wanted, listener, stopped::get);
                        case OLDER -> browser.previous(wanted, from, listener, stopped::get);
                        case NEWER -> browser.next(wanted, from, listener, stopped::get);
                    };
                })
                .onSuccess(read -> shown(read, move))
                .onError(this::failedWith)
                .onCancelled(() -> scanning.set(false)));
    }

    /** Progress and the matches so far, from the reading thread; nothing once the job is superseded. */
    private ScanListener listener(Progress p, long total, int soFarUpTo) {
        return new ScanListener() {
            @Override
            public void progress(ScanProgress now) {
                p.deliver(() -> {
                    progressLine.set(MessageWords.progress(now));
                    if (total > 0 && scanning.get()) {
                        progress.set(Math.min(1, now.scanned() / (double) total));
                    }
                });
            }

            @Override
            public void matched(List<Message> batch) {
                if (soFarUpTo > 0) {
                    p.deliver(() -> rows.addAll(batch.subList(0, Math.max(0, Math.min(batch.size(),
                            soFarUpTo - rows.size())))));
                }
            }
        };
    }

    private void shown(MessagePage read, Move move) {
        page = read;
        rows.setAll(read.messages());
        scanning.set(false);
        progress.set(1);
        progressLine.set(MessageWords.progress(read.progress()));
        hasOlder.set(read.hasOlder());
        hasNewer.set(read.hasNewer());
        var newestFirst = request.start() instanceof StartPosition.Newest;
        pageNumber.set(switch (move) {
            case FIRST -> 1;
            case OLDER -> pageNumber.get() + (newestFirst ? 1 : -1);
            case NEWER -> pageNumber.get() + (newestFirst ? -1 : 1);
        });
        status.set(outcome(read));
    }

    private String outcome(MessagePage read) {
        var found = MessageWords.matches(read.messages().size());
        return switch (read.stopped()) {
            case PAGE_FULL -> found + ": a full page.";
            case END_OF_TOPIC -> found + ": every chosen partition was read to its end.";
            case LIMIT -> found + " in the first " + MessageWords.roughly(read.progress().scanned())
                    + " messages: the scan limit. Newer reads on.";
            case CANCELLED -> "Stopped: " + found + " so far.";
        };
    }

    private void failedWith(Throwable error) {
        scanning.set(false);
        progress.set(0);
        status.set("");
        failed.accept(error);
    }

    /** Stop: the scan ends at its next poll and its matches so far are shown; an estimate still going ends now. */
    void stop() {
        stop.set(true);
        if (scanning.get() && estimating) {
            slot.cancel();
            status.set("Stopped before anything was read.");
            return;
        }
        if (scanning.get()) {
            status.set("Stopping: keeping " + MessageWords.matches(rows.size()) + " so far…");
        }
    }

    /** Forgets the last search: no pages, no progress, no status. */
    void reset() {
        page = null;
        pageNumber.set(0);
        hasOlder.set(false);
        hasNewer.set(false);
        progressLine.set("");
        status.set("");
        progress.set(0);
    }

    /** Drops the search: nothing it reads is shown. */
    void cancel() {
        stop.set(true);
        slot.cancel();
        overLimit.set("");
        scanning.set(false);
    }

    /** The search as it is, for the pages and for export: empty before a first page. */
    java.util.Optional<BrowseRequest> request() {
        return page == null ? java.util.Optional.empty() : java.util.Optional.of(request);
    }

    BooleanProperty scanningProperty() {
        return scanning;
    }

    BooleanProperty hasOlderProperty() {
        return hasOlder;
    }

    BooleanProperty hasNewerProperty() {
        return hasNewer;
    }

    DoubleProperty progressProperty() {
        return progress;
    }

    StringProperty progressLineProperty() {
        return progressLine;
    }

    StringProperty statusProperty() {
        return status;
    }

    StringProperty overLimitProperty() {
        return overLimit;
    }

    IntegerProperty pageNumberProperty() {
        return pageNumber;
    }
}
