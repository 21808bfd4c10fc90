package io.pinpipe.clusters.view;

import io.pinpipe.workbench.PaneGroup;
import io.pinpipe.workbench.PaneInfo;
import io.pinpipe.workbench.SidebarPane;
import io.pinpipe.workbench.Workbench;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The Clusters pane as the window lists it. */
public final class ClustersPane extends SidebarPane {

    private static final PaneInfo INFO = new PaneInfo("clusters", "Clusters", Feather.CLOUD,
            "Amazon MSK clusters, their bootstrap brokers and client settings", PaneGroup.CLUSTER);

    public ClustersPane() {
        super(INFO);
    }

    @Override
    public Region view(Workbench bench) {
        var services = bench.services();
        var model = new ClustersViewModel(services.mskGateways(), services.settings(), services.kafka(), bench.async(),
                bench.navigator());
        var line = new ClusterStatusLine(model);
        bench.state(info().key()).showConnection(line.text(), line.tone());
        return new ClustersView(info().title(), info().subtitle(), model);
    }
}
