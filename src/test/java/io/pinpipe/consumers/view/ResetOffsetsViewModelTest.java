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
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reset dialog's model without a window: the plan exported as Kafka's CSV and imported back as the target, one
 * preview after another executed, and an execution that nothing interrupts.
 * <p>
 * Deterministic: the work and its FX deliveries run on the calling thread ({@link CallingThread}), so each command has
 * delivered when it returns; the one test that needs work in flight uses a single thread as its FX thread and reads
 * the model only there.
 */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class ResetOffsetsViewModelTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static String bootstrap;
    private static GroupAdmin admin;
    private static final CallingThread INLINE = new CallingThread();
    private final AtomicInteger executed = new AtomicInteger();

    @BeforeAll
    static void connect(KafkaBroker broker) {
        bootstrap = broker.bootstrap();
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", bootstrap);
        admin = GroupAdmin.connect(properties, bootstrap, Duration.ofSeconds(15));
    }

    @AfterAll
    static void disconnect() {
        admin.close();
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
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.rows()).extracting(ResetPreviewRow::target).containsExactly("5", "5");
        var file = folder.resolve("plan.csv");
        model.exportCsv(file);
        assertThat(model.statusProperty().get()).startsWith("Saved");
        assertThat(Files.readString(file)).isEqualTo(ResetCsv.write(model.planProperty().get().orElseThrow()));

        var again = model(group, topic);
        again.form().kindProperty().set(ResetTargetKind.FILE);
        assertThat(again.canPreviewProperty().get()).as("nothing imported yet").isFalse();
        again.importCsv(file);
        assertThat(again.form().importedProperty().get()).isPresent();
        again.preview();
        assertThat(again.runningProperty().get()).isFalse();
        assertThat(again.rows()).extracting(ResetPreviewRow::target).containsExactly("5", "5");
        assertThat(again.rows()).extracting(ResetPreviewRow::change).containsExactly("replays 4", "replays 4");

        again.execute();
        assertThat(again.outcomeProperty().get()).isEqualTo("Offsets of 2 partitions reset.");
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
        assertThat(model.runningProperty().get()).isFalse();

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
        assertThat(model.form().importProblemProperty().get()).contains("line 2");
        assertThat(model.canPreviewProperty().get()).isFalse();
    }

    @Test
    void eachNewPreviewCanBeExecutedAfterAnEarlierOneWas() throws Exception {
        var topic = ResetTestGroups.unique("reset-again");
        var group = ResetTestGroups.unique("reset-again-group");
        ResetTestGroups.topic(bootstrap, topic, 2, 10);
        ResetTestGroups.committed(bootstrap, group, topic, Map.of(0, 9L, 1, 9L));
        var model = model(group, topic);
        model.form().kindProperty().set(ResetTargetKind.SHIFT);
        model.form().shiftProperty().set("-4");

        model.preview();
        model.execute();
        assertThat(ResetTestGroups.offsets(bootstrap, group)).isEqualTo(Map.of(0, 5L, 1, 5L));
        assertThat(model.canExecuteProperty().get()).as("a plan is executed once").isFalse();

        // The same form previewed again: a new plan from the new committed offsets, executable.
        model.preview();
        assertThat(model.rows()).extracting(ResetPreviewRow::current, ResetPreviewRow::target)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("5", "1"));
        assertThat(model.canExecuteProperty().get()).isTrue();
        model.execute();
        assertThat(ResetTestGroups.offsets(bootstrap, group)).isEqualTo(Map.of(0, 1L, 1, 1L));

        // An edit, then preview and execute once more.
        model.form().shiftProperty().set("2");
        assertThat(model.outcomeProperty().get()).as("the edit clears the last outcome").isEmpty();
        model.preview();
        assertThat(model.canExecuteProperty().get()).isTrue();
        model.execute();
        assertThat(model.outcomeProperty().get()).isEqualTo("Offsets of 2 partitions reset.");
        assertThat(ResetTestGroups.offsets(bootstrap, group)).isEqualTo(Map.of(0, 3L, 1, 3L));
        assertThat(executed.get()).as("the caller was told after each execution").isEqualTo(3);
    }

    @Test
    void anExecutionOutlivesCancelEditsAFinishedImportAndClose() throws Exception {
        var topic = ResetTestGroups.unique("reset-outlive");
        var group = ResetTestGroups.unique("reset-outlive-group");
        ResetTestGroups.topic(bootstrap, topic, 2, 10);
        ResetTestGroups.committed(bootstrap, group, topic, Map.of(0, 9L, 1, 9L));
        var fx = Executors.newSingleThreadExecutor(task -> new Thread(task, "test-fx"));
        var background = Executors.newCachedThreadPool();
        try {
            var gate = new ResetGate(admin);
            var model = onFx(fx, () -> new ResetOffsetsViewModel(gate.admins(), new Async(background, fx, new BackgroundWork()),
                    group, List.of(topic), Clock.systemDefaultZone(), executed::incrementAndGet));
            onFx(fx, () -> {
                model.form().kindProperty().set(ResetTargetKind.SHIFT);
                model.form().shiftProperty().set("-4");
                model.preview();
                return null;
            });
            await().atMost(WAIT).until(() -> onFx(fx, () -> model.rows().size() == 2 && !model.runningProperty().get()));

            gate.shut();
            onFx(fx, () -> {
                model.execute();
                return null;
            });
            await().atMost(WAIT).until(() -> gate.waiting() == 1);
            onFx(fx, () -> {
                model.cancel();
                model.form().shiftProperty().set("-1");
                model.form().imported(Optional.of(new ResetForm.ImportedFile("late.csv",
                        List.of(new ResetCsv.Line(group, topic, 0, 2)))), "");
                model.close();
                return null;
            });
            assertThat(onFx(fx, () -> model.executingProperty().get())).as("still executing").isTrue();
            assertThat(onFx(fx, () -> model.statusProperty().get())).isEqualTo("Resetting the offsets…");

            gate.open();
            await().atMost(WAIT).until(() -> onFx(fx, () -> !model.executingProperty().get()));
            assertThat(onFx(fx, () -> model.outcomeProperty().get())).isEqualTo("Offsets of 2 partitions reset.");
            assertThat(executed.get()).as("the caller was told, to refresh").isEqualTo(1);
            assertThat(ResetTestGroups.offsets(bootstrap, group)).as("the plan previewed before the edits")
                    .isEqualTo(Map.of(0, 5L, 1, 5L));
        } finally {
            fx.shutdownNow();
            background.shutdownNow();
        }
    }

    private ResetOffsetsViewModel model(String group, String topic) {
        return new ResetOffsetsViewModel(() -> admin, new Async(INLINE, INLINE, new BackgroundWork()), group,
                List.of(topic), Clock.systemDefaultZone(), executed::incrementAndGet);
    }

    /** Runs {@code read} on the test's FX thread and returns what it gave. */
    private static <T> T onFx(ExecutorService fx, java.util.concurrent.Callable<T> read) throws Exception {
        return fx.submit(read).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** An executor that runs each task on the thread that hands it over, at once. */
    private static final class CallingThread extends AbstractExecutorService {

        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
