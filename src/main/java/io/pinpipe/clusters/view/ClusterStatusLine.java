package io.pinpipe.clusters.view;

import io.pinpipe.clusters.AwsProfile;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.core.Tone;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;

/**
 * What the status bar says while Clusters shows: where the pane looks and the cluster it works on, e.g.
 * "MSK · pinpipe-test/us-east-1 · pinterest-msk", in the tone of the last answer (refused calls read as failed).
 */
public final class ClusterStatusLine {

    private final StringBinding text;
    private final ObjectBinding<Tone> tone;

    ClusterStatusLine(ClustersViewModel model) {
        var detail = model.detail();
        text = Bindings.createStringBinding(() -> text(model.profileProperty().get(), model.regionProperty().get(),
                        model.allRegionsProperty().get(), detail.clusterProperty().get().orElse(null)),
                model.profileProperty(), model.regionProperty(), model.allRegionsProperty(), detail.clusterProperty());
        tone = Bindings.createObjectBinding(() -> {
            if (!model.errorProperty().get().isEmpty() || !detail.bootstrapErrorProperty().get().isEmpty()) {
                return Tone.FAILED;
            }
            if (model.loadingProperty().get() || detail.loadingProperty().get()) {
                return Tone.BUSY;
            }
            return detail.brokersProperty().get().isPresent() ? Tone.OK : Tone.NEUTRAL;
        }, model.errorProperty(), detail.bootstrapErrorProperty(), model.loadingProperty(), detail.loadingProperty(),
                detail.brokersProperty());
    }

    /** "" before the AWS profiles are read: the status bar keeps the sandbox's line until there is something to say. */
    static String text(AwsProfile profile, String region, boolean allRegions, ClusterSummary cluster) {
        if (profile == null || region == null) {
            return "";
        }
        var where = cluster != null ? cluster.region() : allRegions ? "every region" : region;
        return "MSK · " + profile.label() + "/" + where + (cluster == null ? "" : " · " + cluster.name());
    }

    public StringBinding text() {
        return text;
    }

    public ObjectBinding<Tone> tone() {
        return tone;
    }
}
