package io.pinpipe.workbench;

import org.kordamp.ikonli.Ikon;

/**
 * How a pane shows in the sidebar.
 *
 * @param key      stable: remembered in the settings as the last pane, used by {@link Navigator} and in node ids
 * @param subtitle one line under the pane's title, also the sidebar entry's tooltip
 */
public record PaneInfo(String key, String title, Ikon icon, String subtitle, PaneGroup group) {
}
