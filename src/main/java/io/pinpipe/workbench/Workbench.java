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

    /** Work to end before anything closes: a run still sending must flush while its broker still runs. */
    void beforeClose(Runnable action);
}
