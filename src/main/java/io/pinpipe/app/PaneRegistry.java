package io.pinpipe.app;

import io.pinpipe.clusters.view.ClustersPane;
import io.pinpipe.consumers.view.ConsumersPane;
import io.pinpipe.emulator.view.EmulatorPane;
import io.pinpipe.insights.view.InsightsPane;
import io.pinpipe.messages.view.MessagesPane;
import io.pinpipe.sandbox.view.SandboxPane;
import io.pinpipe.topics.view.TopicsPane;
import io.pinpipe.workbench.Pane;

import java.util.List;
import java.util.function.Supplier;

/** Every pane of the window, in sidebar order: a new pane is one line here (and Ctrl+N follows the order). */
final class PaneRegistry {

    private static final List<Supplier<Pane>> PANES = List.of(
            ClustersPane::new,
            TopicsPane::new,
            ConsumersPane::new,
            MessagesPane::new,
            EmulatorPane::new,
            InsightsPane::new,
            SandboxPane::new);

    private PaneRegistry() {
    }

    /** New instances, one per window: a pane keeps its view model for the window's life. */
    static List<Pane> create() {
        return PANES.stream().map(Supplier::get).toList();
    }
}
