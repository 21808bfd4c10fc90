package io.pinpipe.insights.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.insights.InsightsListener;
import io.pinpipe.insights.PipelineTopics;
import io.pinpipe.insights.Query;
import io.pinpipe.insights.StartAt;
import io.pinpipe.settings.Theme;
import io.pinpipe.testing.LayoutCheck;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import io.pinpipe.ui.ThemeApplier;
import io.pinpipe.workbench.Navigator;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pane's view with answers made by hand: a chart and its table say the same, a new answer moves the same chart,
 * and it fits 900x600 and 1280x800 in both themes (pictures in target/screenshots/insights-*.png).
 */
class InsightsViewTest {

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final AtomicReference<InsightsListener> listener = new AtomicReference<>();
    private final InsightsSource source = new InsightsSource() {
        @Override
        public List<String> prefixes(Connection connection) {
            return List.of("demo");
        }

        @Override
        public Reading start(Connection connection, PipelineTopics topics, StartAt from, InsightsListener heard) {
            listener.set(heard);
            return new Reading() {
                @Override
                public void reset() {
                }

                @Override
                public void close() {
                }
            };
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void shutDown() {
        background.shutdownNow();
    }

    @Test
    void aChartAndItsTableAgreeTheChartMovesInPlaceAndEverythingFits() throws Exception {
        var async = new Async(background, Platform::runLater, new BackgroundWork());
        var model = FxToolkit.setupFixture(() -> new InsightsViewModel(new ConnectionList(
                new ConnectionCatalog(() -> Optional.of("localhost:1"), () -> 1), async, "none"), async, source,
                Optional::empty));
        var root = new StackPane();
        var scene = FxToolkit.setupFixture(() -> {
            var made = new Scene(root, 1280, 800);
            FxToolkit.toolkitContext().getRegisteredStage().setScene(made);
            FxToolkit.toolkitContext().getRegisteredStage().show();
            return made;
        });
        var view = FxToolkit.setupFixture(() -> {
            var made = new InsightsView("Insights", "The pipeline's questions answered live from its topics", model);
            root.getChildren().setAll(made);
            ThemeApplier.apply(Theme.LIGHT, scene);
            return made;
        });
        fit(scene, 900, 600, Theme.LIGHT, "insights-empty-900x600");
        assertThat(FxToolkit.setupFixture(() -> ((javafx.scene.control.Label) scene.lookup("#insights-empty")).getText()))
                .isEqualTo("Start to read <prefix>.pin, .geo and .user");

        FxToolkit.setupFixture(() -> model.openTarget(Navigator.Target.connection(Connection.localSandbox("localhost:1"))
                .prefix("demo"), true));
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.get() != null
                && FxToolkit.setupFixture(() -> model.runningProperty().get()));
        listener.get().snapshot(Snapshots.full(5));
        FxToolkit.setupFixture(model::drain);
        WaitForAsyncUtils.waitForFxEvents(3);
        var chart = FxToolkit.setupFixture(() -> scene.lookup("#insights-chart"));
        assertThat(chart).isNotNull();
        var bars = FxToolkit.setupFixture(() -> ((BarsView) view.results().chart(Query.CATEGORY_PER_COUNTRY)).shown());
        assertThat(bars).hasSize(16);
        assertThat(FxToolkit.setupFixture(() -> ((javafx.scene.control.Label) scene.lookup("#insights-answer")).getText()))
                .isEqualTo("Japan · vehicles (21)");

        listener.get().snapshot(Snapshots.full(9));
        FxToolkit.setupFixture(model::drain);
        assertThat(FxToolkit.setupFixture(() -> scene.lookup("#insights-chart"))).as("the same chart, moved").isSameAs(chart);
        assertThat(chart).isInstanceOf(BarChart.class);
        assertThat(((BarChart<?, ?>) chart).getAnimated()).isFalse();
        assertThat(FxToolkit.setupFixture(() -> ((javafx.scene.control.Label) scene.lookup("#insights-answer")).getText()))
                .isEqualTo("Japan · vehicles (25)");

        var shownBars = FxToolkit.setupFixture(() -> ((BarsView) view.results().chart(Query.CATEGORY_PER_COUNTRY)).shown());
        FxToolkit.setupFixture(() -> ((javafx.scene.control.ToggleButton) scene.lookup("#insights-table-toggle")).fire());
        var rows = FxToolkit.setupFixture(() -> new ArrayList<>(((javafx.scene.control.TableView<List<Object>>)
                scene.lookup("#insights-table")).getItems()));
        assertThat(rows.stream().map(row -> Map.entry((String) row.get(0), (Number) ((Long) row.get(2)).doubleValue())).toList())
                .as("the bars of question 1 and the rows of its table").isEqualTo(shownBars);
        FxToolkit.setupFixture(() -> ((javafx.scene.control.ToggleButton) scene.lookup("#insights-table-toggle")).fire());

        listener.get().snapshot(Snapshots.withCountries(30, List.of(List.of("Albania", "art", 3L),
                List.of("Albania", "travel", 3L), List.of("Chad", "quotes", 2L))));
        FxToolkit.setupFixture(model::drain);
        var tied = (BarsView) view.results().chart(Query.CATEGORY_PER_COUNTRY);
        assertThat(FxToolkit.setupFixture(tied::shown)).as("one bar a country, the others gone")
                .containsExactly(Map.entry("Albania", 3.0), Map.entry("Chad", 2.0));
        assertThat(FxToolkit.setupFixture(() -> tied.words("Albania"))).as("tied winners share the bar").isEqualTo("art, travel (3)");
        listener.get().snapshot(Snapshots.full(9));
        FxToolkit.setupFixture(model::drain);

        var problems = new ArrayList<String>();
        problems.addAll(fit(scene, 1280, 800, Theme.LIGHT, "insights-1280x800-light"));
        problems.addAll(fit(scene, 1280, 800, Theme.DARK, "insights-1280x800-dark"));
        problems.addAll(fit(scene, 900, 600, Theme.LIGHT, "insights-900x600-light"));
        FxToolkit.setupFixture(() -> model.selectedProperty().set(Query.MOST_FOLLOWED_PER_COUNTRY));
        problems.addAll(fit(scene, 900, 600, Theme.DARK, "insights-900x600-dark-followers"));
        FxToolkit.setupFixture(() -> model.selectedProperty().set(Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP_AND_JOIN_YEAR));
        problems.addAll(fit(scene, 1280, 800, Theme.LIGHT, "insights-1280x800-light-q8"));
        assertThat(problems).isEmpty();
        FxToolkit.setupFixture(model::stop);
    }

    private static List<String> fit(Scene scene, int width, int height, Theme theme, String name) throws Exception {
        FxToolkit.setupFixture(() -> {
            var stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setWidth(width);
            stage.setHeight(height);
            ThemeApplier.apply(theme, scene);
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        var problems = FxToolkit.setupFixture(() -> LayoutCheck.problems(scene, name));
        Screenshots.save(scene, name);
        return problems;
    }

    @Test
    void aMedianOfNoUsersDrawsNoBarAndTiedMostFollowedCountriesAreAllNamed() throws Exception {
        var async = new Async(background, Platform::runLater, new BackgroundWork());
        var model = FxToolkit.setupFixture(() -> new InsightsViewModel(new ConnectionList(
                new ConnectionCatalog(() -> Optional.of("localhost:1"), () -> 1), async, "none"), async, source,
                Optional::empty));
        var root = new StackPane();
        var scene = FxToolkit.setupFixture(() -> {
            var made = new Scene(root, 1280, 800);
            FxToolkit.toolkitContext().getRegisteredStage().setScene(made);
            FxToolkit.toolkitContext().getRegisteredStage().show();
            return made;
        });
        var view = FxToolkit.setupFixture(() -> {
            var made = new InsightsView("Insights", "answers", model);
            root.getChildren().setAll(made);
            return made;
        });
        listener.set(null);
        FxToolkit.setupFixture(() -> model.openTarget(Navigator.Target.connection(Connection.localSandbox("localhost:1"))
                .prefix("demo"), true));
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.get() != null
                && FxToolkit.setupFixture(() -> model.runningProperty().get()));

        listener.get().snapshot(Snapshots.with(Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP, List.of(
                java.util.Arrays.asList("18-24", null), List.of("25-35", 120.5))));
        FxToolkit.setupFixture(() -> {
            model.drain();
            model.selectedProperty().set(Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP);
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        var medians = (BarsView) FxToolkit.setupFixture(() -> view.results().chart(Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP));
        assertThat(FxToolkit.setupFixture(() -> medians.drawn("18-24"))).as("no bar for a median of no users").isFalse();
        assertThat(FxToolkit.setupFixture(() -> medians.words("18-24"))).isEqualTo("no data");
        assertThat(FxToolkit.setupFixture(() -> medians.drawn("25-35"))).isTrue();
        assertThat(FxToolkit.setupFixture(() -> medians.words("25-35"))).isEqualTo("120.5");
        assertThat(FxToolkit.setupFixture(() -> ((javafx.scene.control.Label) scene.lookup("#insights-answer")).getText()))
                .as("the headline is a group with a median").isEqualTo("25-35 (120.5)");
        FxToolkit.setupFixture(() -> ((javafx.scene.control.ToggleButton) scene.lookup("#insights-table-toggle")).fire());
        WaitForAsyncUtils.waitForFxEvents(3);
        var cells = FxToolkit.setupFixture(() -> scene.lookup("#insights-table").lookupAll(".table-cell").stream()
                .map(cell -> ((javafx.scene.control.TableCell<?, ?>) cell).getText()).filter(text -> text != null)
                .toList());
        assertThat(cells).as("the table's cells").containsSubsequence("18-24", "–", "25-35", "120.5");
        FxToolkit.setupFixture(() -> ((javafx.scene.control.ToggleButton) scene.lookup("#insights-table-toggle")).fire());

        listener.get().snapshot(Snapshots.with(Query.MOST_FOLLOWED_OVERALL, List.of(List.of("Chad", 9_000L),
                List.of("Norway", 9_000L))));
        FxToolkit.setupFixture(() -> {
            model.drain();
            model.selectedProperty().set(Query.MOST_FOLLOWED_OVERALL);
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(FxToolkit.setupFixture(() -> ((javafx.scene.control.Label) scene.lookup("#insights-answer")).getText()))
                .as("every tied country named").isEqualTo("Chad, Norway (9,000)");
        FxToolkit.setupFixture(model::stop);
    }
}
