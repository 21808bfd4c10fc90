package io.pinpipe.app;

import io.pinpipe.ui.Badge;
import io.pinpipe.ui.PaneHeader;
import io.pinpipe.ui.PlaceholderPane;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/** Builds each pane on first visit, and owns the view models that outlive a pane switch. */
final class Panes {

    private final AppContext context;
    private final MainViewModel main;
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper("Local sandbox · stopped");
    private final ReadOnlyObjectWrapper<Badge.Tone> connectionTone = new ReadOnlyObjectWrapper<>(Badge.Tone.NEUTRAL);

    Panes(AppContext context, MainViewModel main) {
        this.context = context;
        this.main = main;
    }

    ObservableStringValue connectionText() {
        return connectionText.getReadOnlyProperty();
    }

    ObservableObjectValue<Badge.Tone> connectionTone() {
        return connectionTone.getReadOnlyProperty();
    }

    Node build(PaneId pane) {
        var view = switch (pane) {
            case CLUSTERS -> notBuiltYet(pane, "Browse Amazon MSK clusters per AWS profile and region, copy their "
                    + "bootstrap broker strings for every auth mode, export a ready client.properties and a "
                    + "least-privilege IAM policy.");
            case TOPICS -> notBuiltYet(pane, "Connect with plaintext, TLS, SASL/SCRAM or IAM, then list, inspect, "
                    + "create, change and delete topics, and peek at the newest messages.");
            case EMULATOR -> notBuiltYet(pane, "Stream posts, geolocations and users sampled from a MySQL database "
                    + "into three Kafka topics, with live tables, counters and a throughput chart.");
            case SANDBOX -> notBuiltYet(pane, "");
        };
        view.setId("pane-" + pane.key());
        return view;
    }

    private BorderPane notBuiltYet(PaneId pane, String promise) {
        var layout = new BorderPane();
        layout.setTop(new PaneHeader(pane.title(), pane.subtitle()));
        layout.setCenter(new PlaceholderPane(pane.icon(), pane.title() + " is not built yet",
                promise + " It arrives in a coming version; the local sandbox works today.",
                "Open the sandbox", () -> main.paneProperty().set(PaneId.SANDBOX)));
        return layout;
    }
}
