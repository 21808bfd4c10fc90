package io.pinpipe.app;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.Arrays;
import java.util.Optional;

/** The panes of the left navigation, in their order. */
public enum PaneId {
    CLUSTERS("clusters", "Clusters", Feather.CLOUD, "Amazon MSK clusters, their bootstrap brokers and client settings"),
    TOPICS("topics", "Topics", Feather.LAYERS, "List, inspect, create and change topics; peek at messages"),
    EMULATOR("emulator", "Emulator", Feather.ACTIVITY, "Stream sampled posts, geolocations and users into Kafka"),
    SANDBOX("sandbox", "Sandbox", Feather.BOX, "A local Kafka broker and a sample database, for work without AWS");

    private final String key;
    private final String title;
    private final Ikon icon;
    private final String subtitle;

    PaneId(String key, String title, Ikon icon, String subtitle) {
        this.key = key;
        this.title = title;
        this.icon = icon;
        this.subtitle = subtitle;
    }

    public static Optional<PaneId> byKey(String key) {
        return Arrays.stream(values()).filter(pane -> pane.key.equals(key)).findFirst();
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    public String subtitle() {
        return subtitle;
    }
}
