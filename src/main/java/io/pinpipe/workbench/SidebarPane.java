package io.pinpipe.workbench;

/** A pane whose sidebar entry is fixed when it is made: most panes, which then only build and open. */
public abstract class SidebarPane implements Pane {

    private final PaneInfo info;

    protected SidebarPane(PaneInfo info) {
        this.info = info;
    }

    @Override
    public final PaneInfo info() {
        return info;
    }
}
