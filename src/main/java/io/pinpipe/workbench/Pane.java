package io.pinpipe.workbench;

import javafx.scene.layout.Region;

/**
 * A pane of the main window, as a plug-in: a feature's view package implements it and the app lists it in one
 * line ({@code io.pinpipe.app.PaneRegistry}). The sidebar entry, its Ctrl+N shortcut and any text naming that
 * shortcut all come from the registration. One instance per window; it keeps its view model between visits.
 */
public interface Pane {

    PaneInfo info();

    /** Once, when the window is made and before any pane shows: a pane may offer shared pieces to the others here. */
    default void install(Workbench bench) {
    }

    /** The pane's content, built on its first visit. */
    Region view(Workbench bench);

    /** Shown again after another pane: read fresh state (a broker may have started or moved meanwhile). */
    default void shownAgain() {
    }

    /** Another pane sent the user here with something to open, e.g. a connection; called before the pane shows. */
    default void open(Navigator.Target target) {
    }

    /** Once, after the window's first frame: for work that would slow that frame down. */
    default void windowShown() {
    }
}
