package io.pinpipe.consumers.view;

import io.pinpipe.consumers.GroupAdmin;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Supplier;

/**
 * Reset a group's offsets: choose topics/partitions and a target, see the preview (partition, current, new,
 * skipped/replayed, the equivalent {@code kafka-consumer-groups.sh} command line), then Execute. Refuses an active
 * group with its members named.
 */
public final class ResetOffsetsDialog {

    private ResetOffsetsDialog() {
    }

    /**
     * Opens the dialog over {@code owner} and returns at once (the dialog is not modal-blocking the caller's thread).
     *
     * @param admins      gives the group service; called off the FX thread only (it may open the client)
     * @param groupTopics the topics the group has committed offsets on, offered as choices
     * @param onExecuted  run on the FX thread after a reset was executed (the caller refreshes)
     */
    public static void open(Window owner, Supplier<GroupAdmin> admins, String groupId, List<String> groupTopics,
                            Runnable onExecuted) {
        throw new UnsupportedOperationException("not yet");
    }
}
