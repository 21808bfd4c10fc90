package io.pinpipe.clusters.view;

import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.clusters.MskGateways;
import io.pinpipe.clusters.MskRegions;
import io.pinpipe.clusters.MskTarget;
import io.pinpipe.clusters.RegionScan;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.Job;
import io.pinpipe.ui.JobSlot;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The clusters found in one region or in all of them: filled page by page (or region by region) as they
 * arrive, filtered by name, with a status line; a newer run makes an older one's late answers count for nothing.
 */
final class ClusterListing {

    private final MskGateways gateways;
    private final Async async;
    private final StringProperty notice;
    private final Supplier<String> where;
    private final ObservableList<ClusterSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ClusterSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final JobSlot listing = new JobSlot();

    /** @param where "in eu-west-1" or "in every MSK region", for the status line */
    ClusterListing(MskGateways gateways, Async async, StringProperty notice, Supplier<String> where) {
        this.gateways = gateways;
        this.async = async;
        this.notice = notice;
        this.where = where;
        filter.addListener((obs, old, value) -> applyFilter());
    }

    /** Lists the target's region, or every MSK region with the target's profile when {@code scan}. */
    void refresh(MskTarget target, boolean scan) {
        listing.cancel();
        all.clear();
        error.set("");
        loading.set(true);
        progress.set(-1);
        status.set(scan ? "Looking in " + MskRegions.all().size() + " regions…" : "Listing clusters of " + target.describe() + "…");
        var job = scan ? scanEveryRegion(target) : listOneRegion(target);
        listing.replace(job
                .onSuccess(result -> {
                    all.setAll(result.clusters());
                    progress.set(1);
                    if (!result.failures().isEmpty()) {
                        notice.set(result.failures().size() + " regions could not be read, e.g. "
                                + result.failures().entrySet().iterator().next().getKey() + ": "
                                + result.failures().values().iterator().next());
                    }
                })
                .onError(e -> error.set(ErrorText.of(e)))
                .andFinally(() -> {
                    loading.set(false);
                    describeCount();
                }));
    }

    private Job<RegionScan.Result> scanEveryRegion(MskTarget target) {
        return async.job("Scanning every MSK region", p -> RegionScan.scan(r -> gateways.of(target.inRegion(r)), MskRegions.all(),
                (r, found, done, total) -> p.deliver(() -> {
                    all.addAll(found);
                    progress.set((double) done / total);
                    status.set("Looked in " + done + " of " + total + " regions…");
                }), () -> Thread.currentThread().isInterrupted()));
    }

    private Job<RegionScan.Result> listOneRegion(MskTarget target) {
        return async.job("Listing MSK clusters in " + target.region(), p -> new RegionScan.Result(
                gateways.of(target).listClusters((batch, soFar) -> p.deliver(() -> {
                    all.addAll(batch);
                    status.set("Loaded " + soFar + " clusters…");
                }), () -> Thread.currentThread().isInterrupted()), java.util.Map.of()));
    }

    /** Stop pressed: what was found so far stays listed. */
    void cancel() {
        if (listing.active()) {
            listing.cancel();
            notice.set("Stopped: the list shows what was found until then.");
        }
    }

    private void applyFilter() {
        var text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(cluster -> text.isEmpty() || cluster.name().toLowerCase(Locale.ROOT).contains(text));
        describeCount();
    }

    private void describeCount() {
        if (loading.get()) {
            return;
        }
        if (!error.get().isEmpty()) {
            status.set("");
            return;
        }
        var text = all.isEmpty() ? "No clusters " + where.get()
                : shown.size() + (shown.size() == 1 ? " cluster " : " clusters ") + where.get();
        if (!filter.get().isBlank() && !all.isEmpty()) {
            text = shown.size() + " of " + all.size() + " clusters match “" + filter.get().strip() + "”";
        }
        status.set(text);
    }

    ObservableList<ClusterSummary> clusters() {
        return shown;
    }

    StringProperty filterProperty() {
        return filter;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    ReadOnlyStringProperty statusProperty() {
        return status;
    }

    ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Set when the AWS profiles cannot be read, before any listing. */
    void failed(String message) {
        error.set(message);
    }
}
