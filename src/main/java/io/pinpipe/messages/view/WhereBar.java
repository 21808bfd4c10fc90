package io.pinpipe.messages.view;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which topic, which partitions, where to start, and Search/Stop; a bad start says why under its field. */
final class WhereBar extends VBox {

    private final MessagesViewModel model;

    WhereBar(MessagesViewModel model) {
        this.model = model;
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        var row = new HBox(8, topicPicker(), partitionsMenu(), startKind(), startField(), quickPicks(), spacer,
                runButton());
        row.setAlignment(Pos.CENTER_LEFT);
        var problem = new Label();
        problem.setId("messages-start-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.startProblemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(row, problem);
        setSpacing(4);
        setPadding(new Insets(0, 28, 8, 28));
    }

    private ComboBox<String> topicPicker() {
        var shown = new FilteredList<>(model.topics());
        var picker = new ComboBox<>(shown);
        picker.setId("messages-topic");
        picker.setEditable(true);
        picker.setPromptText("Topic (type to filter)");
        picker.setPrefWidth(300);
        picker.setMinWidth(140);
        HBox.setHgrow(picker, Priority.ALWAYS);
        picker.valueProperty().bindBidirectional(model.topicProperty());
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            var typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            var exact = text != null && text.equals(picker.getValue());
            shown.setPredicate(typed.isEmpty() || exact ? null : name -> name.toLowerCase(Locale.ROOT).contains(typed));
            if (picker.getEditor().isFocused() && !exact && !shown.isEmpty() && !picker.isShowing()) {
                picker.show();
            }
        });
        picker.setTooltip(new Tooltip("The topic to read; type part of its name to filter the list"));
        return picker;
    }

    private MenuButton partitionsMenu() {
        var menu = new MenuButton("All", new FontIcon(Feather.COLUMNS));
        menu.setId("messages-partitions");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setTooltip(new Tooltip("Partitions: every one, or only those checked"));
        Runnable rebuild = () -> {
            var all = new CheckMenuItem("All partitions");
            all.setSelected(model.chosenPartitions().isEmpty());
            all.setOnAction(e -> model.chosenPartitions().clear());
            menu.getItems().setAll(all, new SeparatorMenuItem());
            for (var partition : model.partitions()) {
                var item = new CheckMenuItem("Partition " + partition);
                item.setId("messages-partition-" + partition);
                item.setSelected(model.chosenPartitions().contains(partition));
                item.setOnAction(e -> {
                    if (item.isSelected()) {
                        model.chosenPartitions().add(partition);
                    } else {
                        model.chosenPartitions().remove(partition);
                    }
                });
                menu.getItems().add(item);
            }
        };
        model.partitions().addListener((ListChangeListener<Integer>) change -> rebuild.run());
        model.chosenPartitions().addListener((SetChangeListener<Integer>) change -> {
            var chosen = model.chosenPartitions();
            var names = chosen.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
            menu.setText(chosen.isEmpty() ? "All" : names.length() > 12 ? chosen.size() + " partitions" : names);
            rebuild.run();
        });
        rebuild.run();
        return menu;
    }

    private ComboBox<StartKind> startKind() {
        var kind = new ComboBox<StartKind>();
        kind.getItems().setAll(StartKind.values());
        kind.setId("messages-start-kind");
        kind.valueProperty().bindBidirectional(model.startKindProperty());
        kind.setMinWidth(Region.USE_PREF_SIZE);
        kind.setTooltip(new Tooltip("Where to start reading: the newest messages, the oldest, an offset, "
                + "a date-time, or live from now on"));
        return kind;
    }

    private TextField startField() {
        var field = new TextField();
        field.setId("messages-start");
        field.setPrefColumnCount(10);
        field.setMinWidth(90);
        field.textProperty().bindBidirectional(model.startTextProperty());
        field.promptTextProperty().bind(Bindings.createStringBinding(() -> model.startKindProperty().get().example(),
                model.startKindProperty()));
        var tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> model.startKindProperty().get().help(),
                model.startKindProperty()));
        field.setTooltip(tip);
        var needed = Bindings.createBooleanBinding(() -> model.startKindProperty().get().needsText(),
                model.startKindProperty());
        field.visibleProperty().bind(needed);
        field.managedProperty().bind(needed);
        model.startProblemProperty().addListener((obs, old, now) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        field.setOnAction(e -> model.run());
        return field;
    }

    private MenuButton quickPicks() {
        var menu = new MenuButton(null, new FontIcon(Feather.CLOCK));
        menu.setId("messages-start-quick");
        menu.setTooltip(new Tooltip("Quick picks"));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.getItems().addAll(pick("15 minutes ago", () -> "15 minutes ago"),
                pick("1 hour ago", () -> "1 hour ago"),
                pick("Today", () -> LocalDate.now().toString()),
                pick("Yesterday", () -> LocalDate.now().minusDays(1).toString()));
        var time = model.startKindProperty().isEqualTo(StartKind.TIME);
        menu.visibleProperty().bind(time);
        menu.managedProperty().bind(time);
        return menu;
    }

    private MenuItem pick(String label, java.util.function.Supplier<String> words) {
        var item = new MenuItem(label);
        item.setOnAction(e -> model.startTextProperty().set(words.get()));
        return item;
    }

    private Button runButton() {
        var run = new Button();
        run.setId("messages-run");
        run.setPrefWidth(108);
        run.setMinWidth(Region.USE_PREF_SIZE);
        Runnable look = () -> {
            var busy = model.busyProperty().get();
            var live = model.startKindProperty().get() == StartKind.LIVE;
            run.setText(busy ? "Stop" : live ? "Tail" : "Search");
            run.setGraphic(new FontIcon(busy ? Feather.SQUARE : live ? Feather.PLAY : Feather.SEARCH));
            run.getStyleClass().removeAll(Styles.ACCENT, Styles.DANGER);
            run.getStyleClass().add(busy ? Styles.DANGER : Styles.ACCENT);
            run.setTooltip(new Tooltip(busy ? "Stop reading; what was found so far stays"
                    : live ? "Show new messages as they come (Ctrl+Enter)" : "Read from the start chosen (Ctrl+Enter)"));
        };
        model.busyProperty().addListener((obs, old, now) -> look.run());
        model.startKindProperty().addListener((obs, old, now) -> look.run());
        look.run();
        run.setOnAction(e -> {
            if (model.busyProperty().get()) {
                model.stop();
            } else {
                model.run();
            }
        });
        HBox.setHgrow(run, Priority.NEVER);
        return run;
    }
}
