package io.pinpipe.consumers.view;

import io.pinpipe.consumers.GroupAdmin;
import io.pinpipe.consumers.ResetCsv;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reset dialog's model without a window: the plan exported as Kafka's CSV and imported back as the target. */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class ResetOffsetsViewModelTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static String bootstrap;
    private static GroupAdmin admin;
    private static ExecutorService background;

    @BeforeAll
    static void connect(KafkaBroker broker) {
        bootstrap = broker.bootstrap();
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", bootstrap);
        admin = GroupAdmin.connect(properties, bootstrap, Duration.ofSeconds(15));
        background = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void disconnect() {
        admin.close();
        background.shutdownNow();
    }

    @Test
    void anExportedPlanImportsBackAsTheSameOffsetsAndExecutesThem(@TempDir Path folder) throws Exception {
        var topic = ResetTestGroups.unique("reset-csv");
        var group = ResetTestGroups.unique("reset-csv-group");
        ResetTestGroups.topic(bootstrap, topic, 2, 10);
        ResetTestGroups.committed(bootstrap, group, topic, Map.of(0, 9L, 1, 9L));
        var model = model(group, topic);

        model.form().kindProperty().set(ResetTargetKind.SHIFT);
        model.form().shiftProperty().set("-4");
        model.preview();
        await().atMost(WAIT).until(() -> model.rows().size() == 2 && !model.runningProperty().get());
        assertThat(model.rows()).extracting(ResetPreviewRow::target).containsExactly("5", "5");
        var file = folder.resolve("plan.csv");
        model.exportCsv(file);
        await().atMost(WAIT).until(() -> Files.exists(file) && model.statusProperty().get().startsWith("Saved"));
        assertThat(Files.readString(file)).isEqualTo(ResetCsv.write(model.planProperty().get().orElseThrow()));

        var again = model(group, topic);
        again.form().kindProperty().set(ResetTargetKind.FILE);
        assertThat(again.canPreviewProperty().get()).as("nothing imported yet").isFalse();
        again.importCsv(file);
        await().atMost(WAIT).until(() -> again.form().importedProperty().get().isPresent());
        again.preview();
        await().atMost(WAIT).until(() -> again.rows().size() == 2 && !again.runningProperty().get());
        assertThat(again.rows()).extracting(ResetPreviewRow::target).containsExactly("5", "5");
        assertThat(again.rows()).extracting(ResetPreviewRow::change).containsExactly("replays 4", "replays 4");

        again.execute();
        await().atMost(WAIT).until(() -> !again.outcomeProperty().get().isEmpty());
        assertThat(ResetTestGroups.offsets(bootstrap, group)).isEqualTo(Map.of(0, 5L, 1, 5L));
    }

    @Test
    void offsetsCopiedFromAnotherGroupArePreviewedWithTheFromFileCommandLine() throws Exception {
        var topic = ResetTestGroups.unique("reset-copy");
        var source = ResetTestGroups.unique("reset-copy-source");
        var group = ResetTestGroups.unique("reset-copy-group");
        ResetTestGroups.topic(bootstrap, topic, 2, 10);
        ResetTestGroups.committed(bootstrap, source, topic, Map.of(0, 2L, 1, 7L));
        ResetTestGroups.committed(bootstrap, group, topic, Map.of(0, 9L, 1, 9L));
        var model = model(group, topic);

        model.form().kindProperty().set(ResetTargetKind.GROUP);
        model.form().otherGroupProperty().set(group);
        assertThat(model.form().otherGroupProblemProperty().get()).contains("this group");
        assertThat(model.canPreviewProperty().get()).isFalse();
        model.form().otherGroupProperty().set(source);
        model.preview();
        await().atMost(WAIT).until(() -> model.rows().size() == 2 && !model.runningProperty().get());

        assertThat(model.rows()).containsExactly(new ResetPreviewRow(topic, 0, "9", "2", "replays 7"),
                new ResetPreviewRow(topic, 1, "9", "7", "replays 2"));
        assertThat(model.commandLineProperty().get()).contains("--from-file reset-plan.csv");
    }

    @Test
    void aFileThatCannotBeReadNamesItsLineAndCannotBePreviewed(@TempDir Path folder) throws Exception {
        var file = folder.resolve("bad.csv");
        Files.writeString(file, "orders,0,12\norders,1,twelve\n");
        var model = model(ResetTestGroups.unique("reset-bad-csv"), "orders");
        model.form().kindProperty().set(ResetTargetKind.FILE);
        model.importCsv(file);
        await().atMost(WAIT).until(() -> !model.form().importProblemProperty().get().isEmpty());
        assertThat(model.form().importProblemProperty().get()).contains("line 2");
        assertThat(model.canPreviewProperty().get()).isFalse();
    }

    private static ResetOffsetsViewModel model(String group, String topic) {
        return new ResetOffsetsViewModel(() -> admin, new Async(background, Runnable::run, new BackgroundWork()), group,
                List.of(topic), Clock.systemDefaultZone(), () -> { });
    }
}
