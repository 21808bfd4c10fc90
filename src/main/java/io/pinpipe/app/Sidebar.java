package io.pinpipe.app;

import io.pinpipe.settings.Theme;
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

/** The left navigation: the brand, one entry per pane, and the light/dark switch at the bottom. */
final class Sidebar extends VBox {

    private final ToggleGroup group = new ToggleGroup();

    Sidebar(MainViewModel model, Image logo) {
        getStyleClass().add("sidebar");
        getChildren().add(brand(logo));
        var section = new Label("WORKSPACE");
        section.getStyleClass().add("section-label");
        getChildren().add(section);
        for (var pane : PaneId.values()) {
            getChildren().add(navItem(pane, model));
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

    private ToggleButton navItem(PaneId pane, MainViewModel model) {
        var item = new ToggleButton(pane.title(), new FontIcon(pane.icon()));
        item.setId("nav-" + pane.key());
        item.getStyleClass().add("nav-item");
        item.setToggleGroup(group);
        item.setMaxWidth(Double.MAX_VALUE);
        item.setTooltip(new Tooltip(pane.subtitle() + "  (Ctrl+" + (pane.ordinal() + 1) + ")"));
        item.setSelected(model.paneProperty().get() == pane);
        item.setOnAction(event -> {
            // A second click on the selected entry must not leave the navigation with nothing selected.
            item.setSelected(true);
            model.paneProperty().set(pane);
        });
        model.paneProperty().addListener((obs, old, value) -> item.setSelected(value == pane));
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
