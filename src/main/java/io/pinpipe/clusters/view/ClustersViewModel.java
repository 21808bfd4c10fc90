package io.pinpipe.clusters.view;

import io.pinpipe.client.KafkaConnections;
import io.pinpipe.clusters.AwsProfile;
import io.pinpipe.clusters.AwsProfiles;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.clusters.MskGateways;
import io.pinpipe.clusters.MskRegions;
import io.pinpipe.clusters.MskTarget;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.topics.view.TopicsPane;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.workbench.Navigator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;

/**
 * The Clusters pane: which profile and region to look in (remembered; {@code AWS_PROFILE} and
 * {@code AWS_REGION} win when set), the clusters found there ({@link ClusterListing}), and the selected cluster's
 * detail and actions.
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
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<ClusterSummary> selected = new SimpleObjectProperty<>();
    private final ClusterDetailViewModel detail;
    private final ClusterActions actions;
    private final ClusterListing listing;
    private boolean opened;

    /**
     * @param kafka     where Connect saves a connection, and the passwords for one Diagnose makes
     * @param navigator shows a connection just made from a cluster in the Topics pane
     */
    public ClustersViewModel(MskGateways gateways, SettingsStore settings, KafkaConnections kafka, Async async,
                             Navigator navigator) {
        this.gateways = gateways;
        this.settings = settings;
        this.async = async;
        this.detail = new ClusterDetailViewModel(cluster -> gateways.of(targetOf(cluster)), async);
        this.actions = new ClusterActions(kafka.catalog(), async, detail, profile, notice,
                connection -> navigator.show(TopicsPane.KEY, Navigator.Target.connection(connection)), kafka::secretsFor);
        this.listing = new ClusterListing(gateways, async, notice,
                () -> allRegions.get() ? "in every MSK region" : "in " + region.get());
        selected.addListener((obs, old, cluster) -> detail.show(Optional.ofNullable(cluster)));
        profile.addListener((obs, old, value) -> lookAgain());
        region.addListener((obs, old, value) -> lookAgain());
        allRegions.addListener((obs, old, value) -> lookAgain());
    }

    /** Reads the AWS files (off the FX thread), picks where to look, and lists the clusters there. */
    public void open() {
        async.job("Reading AWS profiles", p -> gateways.reloadProfiles())
                .onSuccess(this::start)
                .onError(e -> listing.failed(ErrorText.of(e)))
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
        listing.refresh(new MskTarget(profile.get(), region.get()), allRegions.get());
    }

    public void cancel() {
        listing.cancel();
    }

    private MskTarget targetOf(ClusterSummary cluster) {
        return new MskTarget(profile.get(), cluster.region());
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
        return listing.clusters();
    }

    public StringProperty filterProperty() {
        return listing.filterProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return listing.loadingProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return listing.progressProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return listing.statusProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return listing.errorProperty();
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
