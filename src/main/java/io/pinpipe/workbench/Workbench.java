package io.pinpipe.workbench;

import io.pinpipe.root.Services;
import io.pinpipe.ui.Async;

/** What every pane is given: the shared services, the background jobs, navigation, and the local sandbox. */
public interface Workbench {

    Services services();

    Async async();

    Navigator navigator();

    /** The sandbox broker the Sandbox pane offered in its {@link Pane#install}. */
    SandboxControl sandbox();

    /** For the Sandbox pane's {@link Pane#install}. */
    void offerSandbox(SandboxControl sandbox);

    /** What the pane with this key shows outside its own area: its connection, a sidebar marker, its keys. */
    PaneState state(String paneKey);

    /** What uses the local sandbox now; the Sandbox pane asks before stopping it under them. */
    SandboxUsers sandboxUsers();

    /** Work to end before anything closes: a run still sending must flush while its broker still runs. */
    void beforeClose(Runnable action);
}
