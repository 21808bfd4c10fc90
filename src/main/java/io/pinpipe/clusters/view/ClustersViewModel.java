package io.pinpipe.clusters.view;

import io.pinpipe.clusters.AwsProfile;
import io.pinpipe.clusters.AwsProfiles;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.clusters.MskGateways;
import io.pinpipe.clusters.MskRegions;
import io.pinpipe.clusters.MskTarget;
import io.pinpipe.clusters.RegionScan;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.Job;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Clusters pane: which profile and region to look in (remembered; {@code AWS_PROFILE} and
 * {@code AWS_REGION} win when set), the clusters found, the filter, and the selected cluster's detail.
 */
public final class ClustersViewModel {

    private final MskGateways gateways;
    private final SettingsStore settings;
    private final Async async;
    private final ObservableList<AwsProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<AwsProfile> profile = new SimpleObjectProperty<>();
    private final ObservableList<String> regions = FXCollections.observableArrayList(MskRegions.all());
    private final StringProperty region = new SimpleStringProperty();
    private final BooleanProperty allRegions = new SimpleBooleanProperty(false);
    private final ObservableList<ClusterSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ClusterSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<ClusterSummary> selected = new SimpleObjectProperty<>();
    private final ClusterDetailViewModel detail;
    private final ClusterActions actions;
    private Optional<Job.Cancellable> listing = Optional.empty();
    private boolean opened;
    private int generation;

    /**
     * @param secrets        passwords typed this session, then the environment, for a connection Diagnose makes
     * @param openInTopics   shows a connection just made from a cluster in the Topics pane
     */
    public ClustersViewModel(MskGateways gateways, SettingsStore settings, ConnectionCatalog catalog,
                             Function<Connection, SecretSource> secrets, Async async, Consumer<Connection> openInTopics) {
        this.gateways = gateways;
        this.settings = settings;
        this.async = async;
        this.detail = new ClusterDetailViewModel(cluster -> gateways.of(targetOf(cluster)), async);
        this.actions = new ClusterActions(catalog, async, detail, profile, notice, openInTopics, secrets);
        filter.addListener((obs, old, value) -> applyFilter());
        selected.addListener((obs, old, cluster) -> detail.show(Optional.ofNullable(cluster)));
        profile.addListener((obs, old, value) -> lookAgain());
        region.addListener((obs, old, value) -> lookAgain());
        allRegions.addListener((obs, old, value) -> lookAgain());
    }

    /** Reads the AWS files (off the FX thread), picks where to look, and lists the clusters there. */
    public void open() {
        async.job("Reading AWS profiles", p -> gateways.reloadProfiles())
                .onSuccess(this::start)
                .onError(e -> error.set(ErrorText.of(e)))
                .start();
    }

    private void start(AwsProfiles read) {
        var list = read.list();
        var remembered = Optional.ofNullable(settings.get().awsProfile());
        var env = read.environment();
        var chosen = env.profile().flatMap(read::find)
                .or(() -> remembered.flatMap(name -> list.stream().filter(p -> p.label().equals(name)).findFirst()))
                .orElse(list.get(0));
        var where = env.region().or(() -> Optional.ofNullable(settings.get().awsRegion())).or(chosen::region)
                .orElse("us-east-1");
        opened = false;
        var current = Optional.ofNullable(profile.get()).map(AwsProfile::label);
        profiles.setAll(list);
        profile.set(current.flatMap(name -> list.stream().filter(p -> p.label().equals(name)).findFirst()).orElse(chosen));
        if (region.get() == null) {
            region.set(where);
        }
        opened = true;
        refresh();
    }

    private void lookAgain() {
        if (!opened || profile.get() == null || region.get() == null) {
            return;
        }
        var chosen = profile.get();
        settings.update(s -> s.withAwsProfile(chosen.name().orElse(null)).withAwsRegion(region.get()));
        refresh();
    }

    public void refresh() {
        if (profile.get() == null || region.get() == null) {
            return;
        }
        listing.ifPresent(Job.Cancellable::cancel);
        var run = ++generation;
        var target = new MskTarget(profile.get(), region.get());
        var scan = allRegions.get();
        all.clear();
        error.set("");
        loading.set(true);
        progress.set(-1);
        status.set(scan ? "Looking in " + MskRegions.all().size() + " regions…" : "Listing clusters of " + target.describe() + "…");
        var job = scan
                ? async.job("Scanning every MSK region", p -> RegionScan.scan(r -> gateways.of(target.inRegion(r)), MskRegions.all(),
                (r, found, done, total) -> async.fx().execute(() -> {
                    if (run == generation) {
                        all.addAll(found);
                        progress.set((double) done / total);
                        status.set("Looked in " + done + " of " + total + " regions…");
                    }
                }), () -> Thread.currentThread().isInterrupted()))
                : async.job("Listing MSK clusters in " + target.region(), p -> new RegionScan.Result(
                gateways.of(target).listClusters((batch, soFar) -> async.fx().execute(() -> {
                    if (run == generation) {
                        all.addAll(batch);
                        status.set("Loaded " + soFar + " clusters…");
                    }
                }), () -> Thread.currentThread().isInterrupted()), java.util.Map.of()));
        listing = Optional.of(job
                .onSuccess(result -> {
                    if (run == generation) {
                        all.setAll(result.clusters());
                        progress.set(1);
                        if (!result.failures().isEmpty()) {
                            notice.set(result.failures().size() + " regions could not be read, e.g. "
                                    + result.failures().entrySet().iterator().next().getKey() + ": "
                                    + result.failures().values().iterator().next());
                        }
                    }
                })
                .onError(e -> {
                    if (run == generation) {
                        error.set(e instanceof CancellationException ? "" : ErrorText.of(e));
                        if (e instanceof CancellationException) {
                            notice.set("Stopped: the list shows what was found until then.");
                        }
                    }
                })
                .andFinally(() -> {
                    if (run == generation) {
                        loading.set(false);
                        listing = Optional.empty();
                        describeCount();
                    }
                })
                .start());
    }

    public void cancel() {
        listing.ifPresent(Job.Cancellable::cancel);
    }

    private MskTarget targetOf(ClusterSummary cluster) {
        return new MskTarget(profile.get(), cluster.region());
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
        var where = allRegions.get() ? "in every MSK region" : "in " + region.get();
        var text = all.isEmpty() ? "No clusters " + where
                : shown.size() + (shown.size() == 1 ? " cluster " : " clusters ") + where;
        if (!filter.get().isBlank() && !all.isEmpty()) {
            text = shown.size() + " of " + all.size() + " clusters match “" + filter.get().strip() + "”";
        }
        status.set(text);
    }

    public ObservableList<AwsProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<AwsProfile> profileProperty() {
        return profile;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public BooleanProperty allRegionsProperty() {
        return allRegions;
    }

    public ObservableList<ClusterSummary> clusters() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ObjectProperty<ClusterSummary> selectedProperty() {
        return selected;
    }

    public ClusterDetailViewModel detail() {
        return detail;
    }

    public ClusterActions actions() {
        return actions;
    }
}
