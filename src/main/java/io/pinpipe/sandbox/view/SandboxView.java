package io.pinpipe.sandbox.view;

import io.pinpipe.ui.PaneHeader;
import io.pinpipe.workbench.SandboxUsers;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The Sandbox pane: what to do next, then the local broker and the sample database, each on its own card. */
public final class SandboxView extends BorderPane {

    /**
     * @param emulatorShortcut the key that shows the Emulator, for the next-step line
     * @param openEmulator     shows the Emulator on the sandbox
     */
    public SandboxView(String title, String subtitle, BrokerViewModel broker, SampleDatabaseViewModel database,
                       SandboxUsers users, String emulatorShortcut, Runnable openEmulator) {
        setTop(new PaneHeader(title, subtitle));
        var body = new VBox(new SandboxNextStep(broker, database, emulatorShortcut, openEmulator),
                new BrokerCard(broker, users).build(), new SampleDatabaseCard(database).build());
        body.getStyleClass().add("pane-body");
        var scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("pane-scroll");
        setCenter(scroll);
        database.refresh();
    }
}
