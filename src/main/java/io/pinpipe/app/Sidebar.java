package io.pinpipe.app;

import io.pinpipe.settings.Theme;
import io.pinpipe.workbench.Pane;
import io.pinpipe.workbench.PaneGroup;
import io.pinpipe.workbench.PaneInfo;
import io.pinpipe.workbench.PaneState;
import io.pinpipe.ui.Badge;
import javafx.scene.control.ContentDisplay;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The left navigation: the brand, one entry per pane, and the light/dark switch at the bottom. */
final class Sidebar extends VBox {

    private final ToggleGroup group = new ToggleGroup();

    /**
     * @param shortcut the text of the shortcut that shows a pane, by key
     * @param state    what each pane shows outside itself, by key: here its activity marker
     */
    Sidebar(MainViewModel model, List<Pane> panes, Function<String, String> shortcut,
            Function<String, PaneState> state, Image logo) {
        getStyleClass().add("sidebar");
        getChildren().add(brand(logo));
        PaneGroup group = null;
        for (var pane : panes) {
            if (pane.info().group() != group) {
                group = pane.info().group();
                var section = new Label(group.label().toUpperCase(Locale.ROOT));
                section.getStyleClass().add("section-label");
                getChildren().add(section);
            }
            getChildren().add(navItem(pane.info(), shortcut.apply(pane.info().key()), state.apply(pane.info().key()), model));
        }
        var spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(spacer, themeSwitch(model));
    }

    private HBox brand(Image logo) {
        var image = new ImageView(logo);
        image.setFitWidth(30);
        image.setFitHeight(30);
        image.setSmooth(true);
        var name = new Label("Pinpipe");
        name.getStyleClass().add("brand-name");
        var tagline = new Label("Kafka & MSK console");
        tagline.getStyleClass().add("brand-tagline");
        var brand = new HBox(image, new VBox(name, tagline));
        brand.getStyleClass().add("brand");
        return brand;
    }

    private ToggleButton navItem(PaneInfo pane, String shortcut, PaneState state, MainViewModel model) {
        var item = new ToggleButton(pane.title());
        // A marker seen from every pane while the pane is busy with something that matters, e.g. a running emulator.
        var marker = new Badge();
        marker.setId("nav-" + pane.key() + "-activity");
        marker.getStyleClass().add("nav-activity");
        Runnable mark = () -> marker.show(state.activity().get(), state.activityTone().get());
        state.activity().addListener(obs -> mark.run());
        state.activityTone().addListener(obs -> mark.run());
        mark.run();
        marker.visibleProperty().bind(state.activity().isNotEmpty());
        marker.managedProperty().bind(marker.visibleProperty());
        var icon = new FontIcon(pane.icon());
        var title = new Label(pane.title());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var graphic = new HBox(8, icon, title, spacer, marker);
        graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        item.setGraphic(graphic);
        item.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        item.setId("nav-" + pane.key());
        item.getStyleClass().add("nav-item");
        item.setToggleGroup(group);
        item.setMaxWidth(Double.MAX_VALUE);
        item.setTooltip(new Tooltip(shortcut.isEmpty() ? pane.subtitle() : pane.subtitle() + "  (" + shortcut + ")"));
        item.setSelected(pane.key().equals(model.paneProperty().get()));
        item.setOnAction(event -> {
            // A second click on the selected entry must not leave the navigation with nothing selected.
            item.setSelected(true);
            model.paneProperty().set(pane.key());
        });
        model.paneProperty().addListener((obs, old, value) -> item.setSelected(pane.key().equals(value)));
        return item;
    }

    private Button themeSwitch(MainViewModel model) {
        var button = new Button();
        button.setId("theme-switch");
        button.getStyleClass().add("nav-item");
        button.setMaxWidth(Double.MAX_VALUE);
        button.textProperty().bind(Bindings.createStringBinding(
                () -> model.themeProperty().get() == Theme.DARK ? "Light theme" : "Dark theme", model.themeProperty()));
        button.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(model.themeProperty().get() == Theme.DARK ? Feather.SUN : Feather.MOON),
                model.themeProperty()));
        button.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        button.setOnAction(event -> model.toggleTheme());
        return button;
    }
}
