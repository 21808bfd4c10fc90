package io.pinpipe.sandbox.view;

import io.pinpipe.ui.PaneHeader;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The Sandbox pane: the local broker and the sample database, each on its own card. */
public final class SandboxView extends BorderPane {

    public SandboxView(String title, String subtitle, BrokerViewModel broker, SampleDatabaseViewModel database) {
        setTop(new PaneHeader(title, subtitle));
        var body = new VBox(new BrokerCard(broker).build(), new SampleDatabaseCard(database).build());
        body.getStyleClass().add("pane-body");
        var scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("pane-scroll");
        setCenter(scroll);
        database.refresh();
    }
}
