package io.pinpipe.clusters.view;

import io.pinpipe.client.KafkaConnections;
import io.pinpipe.testing.RecordingNavigator;
import io.pinpipe.clusters.AwsEnvironment;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.clusters.MskClientOptions;
import io.pinpipe.clusters.MskGateways;
import io.pinpipe.connections.AuthMode;
import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.ConnectionStore;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FakeCluster;
import io.pinpipe.testing.FakeMsk;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Clusters pane's view model without a toolkit, against the fake MSK endpoint. */
class ClustersViewModelTest {

    private static FakeMsk msk;
    private static FakeCluster pipeline;

    @TempDir
    Path folder;
    private ExecutorService background;
    private SettingsStore settings;
    private ConnectionCatalog catalog;
    private MskGateways gateways;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private Map<String, String> env;

    @BeforeAll
    static void start() throws Exception {
        msk = FakeMsk.start();
        for (var i = 1; i <= 11; i++) {
            msk.add(FakeCluster.provisioned(String.format("svc-%02d", i), "us-east-1"));
        }
        pipeline = FakeCluster.provisioned("pinterest-msk", "us-east-1").withScram().topics("0a1b2c3d4e5f.pin", "0a1b2c3d4e5f.geo");
        msk.add(pipeline, FakeCluster.provisioned("locked", "us-east-1"), FakeCluster.provisioned("dublin", "eu-west-1"));
        msk.forbidBootstrapBrokers("locked");
    }

    @AfterAll
    static void stop() {
        msk.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        background = Executors.newCachedThreadPool();
        settings = new SettingsStore(folder.resolve("settings.json"));
        catalog = new ConnectionCatalog(new ConnectionStore(folder.resolve("connections.json")), Optional::empty, () -> 9092);
        env = new HashMap<>(FakeMsk.writeProfiles(folder.resolve("aws"), "us-east-1").env());
    }

    @AfterEach
    void tearDown() {
        if (gateways != null) {
            gateways.close();
        }
        background.shutdownNow();
        settings.close();
        assertThat(msk.signatureProblems()).isEmpty();
    }

    /** The connection Connect opened in the Topics pane. */
    private Connection opened() {
        assertThat(navigator.shown()).extracting(RecordingNavigator.Shown::paneKey).containsExactly("topics");
        return navigator.shown().get(0).target().connection();
    }

    private ClustersViewModel model() {
        gateways = new MskGateways(AwsEnvironment.of(env::get),
                () -> MskClientOptions.DEFAULTS.withEndpoint(Optional.of(msk.endpoint())).withRetries(3, Duration.ofMillis(20)));
        return new ClustersViewModel(gateways, settings, KafkaConnections.over(catalog, connection -> SecretSource.none()),
                new Async(background, Runnable::run, new BackgroundWork()), navigator);
    }

    @Test
    void awsProfileChoosesWhereToLookAndEveryPageFillsTheList() {
        env.put("AWS_PROFILE", FakeMsk.PROFILE);
        var model = model();
        model.open();
        await().until(() -> !model.loadingProperty().get() && model.clusters().size() == 13);
        assertThat(model.profileProperty().get().label()).isEqualTo(FakeMsk.PROFILE);
        assertThat(model.regionProperty().get()).isEqualTo("us-east-1");
        assertThat(model.profiles()).extracting(p -> p.label()).startsWith("Default chain", "default");
        assertThat(model.statusProperty().get()).isEqualTo("13 clusters in us-east-1");

        model.filterProperty().set("SVC-1");
        assertThat(model.clusters()).extracting(ClusterSummary::name).containsExactly("svc-10", "svc-11");
        assertThat(model.statusProperty().get()).isEqualTo("2 of 13 clusters match “SVC-1”");
    }

    @Test
    void aChangedRegionIsRememberedAndAnotherRunStartsThere() {
        settings.update(s -> s.withAwsProfile(FakeMsk.PROFILE));
        var model = model();
        model.open();
        await().until(() -> !model.loadingProperty().get() && model.clusters().size() == 13);
        assertThat(model.profileProperty().get().label()).isEqualTo(FakeMsk.PROFILE);

        model.regionProperty().set("eu-west-1");
        await().until(() -> !model.loadingProperty().get() && model.clusters().size() == 1);
        assertThat(model.clusters().get(0).name()).isEqualTo("dublin");
        assertThat(settings.get().awsRegion()).isEqualTo("eu-west-1");
        assertThat(settings.get().awsProfile()).isEqualTo(FakeMsk.PROFILE);

        var again = model();
        again.open();
        await().until(() -> !again.loadingProperty().get() && again.clusters().size() == 1);
        assertThat(again.regionProperty().get()).isEqualTo("eu-west-1");
    }

    @Test
    void theDetailShowsBootstrapStringsBrokersAndTopicsAndConnectOpensTopics() {
        env.put("AWS_PROFILE", FakeMsk.PROFILE);
        var model = model();
        model.open();
        await().until(() -> model.clusters().size() == 13);
        model.selectedProperty().set(named(model, "pinterest-msk"));

        var detail = model.detail();
        await().until(() -> detail.bootstrap().size() == 4 && detail.nodes().size() == 3 && detail.topics().size() == 2);
        assertThat(detail.bootstrap().get(0).servers()).isEqualTo(pipeline.bootstrap("bootstrapBrokerStringSaslIam"));
        assertThat(detail.bestModeProperty().get()).contains(AuthMode.IAM);
        assertThat(detail.modes()).containsExactly(AuthMode.IAM, AuthMode.SCRAM);

        model.actions().connect(Optional.empty(), model.actions().errorProperty()::set);
        await().until(() -> !navigator.shown().isEmpty());
        assertThat(opened().name()).isEqualTo("pinterest-msk");
        assertThat(opened().bootstrap()).isEqualTo(pipeline.bootstrap("bootstrapBrokerStringSaslIam"));
        assertThat(opened().auth()).isEqualTo(new AuthSettings.Iam(Optional.of(FakeMsk.PROFILE), Optional.of("us-east-1"),
                Optional.empty(), io.pinpipe.connections.TlsOptions.DEFAULT));
        assertThat(catalog.byName("pinterest-msk")).contains(opened());
        assertThat(model.noticeProperty().get()).isEqualTo("Saved the connection “pinterest-msk” (IAM (MSK)).");
    }

    @Test
    void diagnoseIsOnTheConnectionConnectWouldSaveButSavesNothing() {
        env.put("AWS_PROFILE", FakeMsk.PROFILE);
        var model = model();
        model.open();
        await().until(() -> model.clusters().size() == 13);
        model.selectedProperty().set(named(model, "pinterest-msk"));
        await().until(() -> model.detail().bestModeProperty().get().isPresent());
        assertThat(model.detail().vpcOnlyProperty().get()).as("it has public bootstrap strings").isFalse();

        var doctor = new AtomicReference<io.pinpipe.doctor.view.DoctorViewModel>();
        model.actions().diagnose(Optional.empty(), Optional.empty(), doctor::set, model.actions().errorProperty()::set);
        await().until(() -> doctor.get() != null);
        assertThat(doctor.get().title()).isEqualTo("Diagnose pinterest-msk");
        assertThat(doctor.get().subtitle()).isEqualTo(pipeline.bootstrap("bootstrapBrokerStringSaslIam") + " · IAM (MSK)");
        assertThat(catalog.saved()).isEmpty();
        assertThat(navigator.shown()).isEmpty();

        model.selectedProperty().set(named(model, "svc-01"));
        await().until(() -> model.detail().vpcOnlyProperty().get());
    }

    @Test
    void aRefusedCallIsExplainedWhereItsResultWouldBe() {
        env.put("AWS_PROFILE", FakeMsk.PROFILE);
        var model = model();
        model.open();
        await().until(() -> model.clusters().size() == 13);
        model.selectedProperty().set(named(model, "locked"));
        var detail = model.detail();
        await().until(() -> !detail.bootstrapErrorProperty().get().isEmpty() && detail.nodes().size() == 3);
        assertThat(detail.bootstrapErrorProperty().get()).contains("may not call kafka:GetBootstrapBrokers on cluster locked");
        assertThat(detail.bestModeProperty().get()).isEmpty();
        assertThat(detail.loadingProperty().get()).isFalse();
    }

    @Test
    void noCredentialsIsSaidInWords() {
        env.put("AWS_PROFILE", "default");
        var model = model();
        model.open();
        await().until(() -> !model.errorProperty().get().isEmpty());
        assertThat(model.errorProperty().get()).startsWith("No AWS credentials for AWS profile 'default': run 'aws configure --profile default'");
        assertThat(model.clusters()).isEmpty();
    }

    @Test
    void everyRegionAtOnce() {
        env.put("AWS_PROFILE", FakeMsk.PROFILE);
        var model = model();
        model.open();
        await().until(() -> model.clusters().size() == 13);
        model.allRegionsProperty().set(true);
        await().until(() -> !model.loadingProperty().get() && model.clusters().size() == 14);
        assertThat(model.clusters()).extracting(ClusterSummary::region).containsOnly("us-east-1", "eu-west-1");
        assertThat(model.statusProperty().get()).isEqualTo("14 clusters in every MSK region");
    }

    @Test
    void theIamPolicyDialogsTwoPolicies() {
        env.put("AWS_PROFILE", FakeMsk.PROFILE);
        var model = model();
        model.open();
        await().until(() -> model.clusters().size() == 13);
        model.selectedProperty().set(named(model, "pinterest-msk"));
        var policies = model.actions().policies("0a1b2c3d4e5f.", "");
        assertThat(policies.problem()).isEmpty();
        assertThat(policies.leastPrivilege()).contains(pipeline.arn().replace(":cluster/", ":topic/") + "/0a1b2c3d4e5f.*");
        assertThat(policies.replaced()).contains("\"kafka-cluster:*\"");
        assertThat(model.actions().policies("", "").problem()).startsWith("The topic prefix cannot be empty");
    }

    private static ClusterSummary named(ClustersViewModel model, String name) {
        List<ClusterSummary> all = List.copyOf(model.clusters());
        return all.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
