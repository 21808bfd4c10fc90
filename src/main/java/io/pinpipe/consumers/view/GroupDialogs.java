package io.pinpipe.consumers.view;

import io.pinpipe.consumers.GroupMember;
import io.pinpipe.ui.ActionDialog;
import io.pinpipe.ui.Banner;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.stream.Collectors;

/** The dialogs that change the selected group: delete it, delete its offsets on one topic. */
final class GroupDialogs {

    private GroupDialogs() {
    }

    /** Deleting needs the group's id typed, so a slip of the mouse deletes nothing; Kafka refuses an active group. */
    static void deleteGroup(Window owner, GroupDetailViewModel model) {
        var id = model.groupProperty().get().orElseThrow();
        var typed = new TextField();
        typed.setId("delete-group-confirm");
        typed.setPromptText(id);
        var text = wrapped("This deletes the group and every offset it committed: consumers that join it again "
                + "start from their auto.offset.reset position. It cannot be undone. Type the group's id to confirm:");
        var form = new VBox(8, text, typed);
        model.detailProperty().get().filter(d -> d.summary().active()).ifPresent(detail -> {
            var active = new Banner("delete-group-active", Banner.Kind.WARNING, Feather.USERS, "The group is active");
            active.descriptionProperty().set("It has members now (" + who(detail.members()) + "): stop them "
                    + "first, then delete it.");
            form.getChildren().add(0, active);
        });
        ActionDialog.show(owner, "delete-group-dialog", "Delete group", "Delete the group " + id + "?", form,
                "Delete group", typed.textProperty().isEqualTo(id).and(idle(model)), true, model::deleteGroup);
    }

    /** True while the shown group has no members: Kafka refuses to delete an active group (its refusal stays as backstop). */
    private static javafx.beans.binding.BooleanBinding idle(GroupDetailViewModel model) {
        return Bindings.createBooleanBinding(() -> model.detailProperty().get().map(d -> !d.summary().active())
                .orElse(false), model.detailProperty());
    }

    /** Picks one of the group's topics; its committed offsets on that topic go. */
    static void deleteOffsets(Window owner, GroupDetailViewModel model) {
        var id = model.groupProperty().get().orElseThrow();
        var topics = model.groupTopics();
        var topic = new ComboBox<>(FXCollections.observableArrayList(topics));
        topic.setId("delete-offsets-topic");
        topic.setMaxWidth(Double.MAX_VALUE);
        if (topics.size() == 1) {
            topic.getSelectionModel().select(0);
        }
        var text = wrapped("The group forgets where it was on this topic: a consumer of the group that reads it "
                + "again starts from its auto.offset.reset position. Kafka refuses while a member reads the topic.");
        var form = new VBox(8, new Label("Topic"), topic, text);
        ActionDialog.show(owner, "delete-offsets-dialog", "Delete committed offsets",
                "Delete the offsets of " + id + " on a topic?", form, "Delete offsets",
                Bindings.isNotNull(topic.valueProperty()), true,
                (done, failed) -> model.deleteOffsets(topic.getValue(), done, failed));
    }

    /** A sentence that takes its wrapped height in the dialog rather than ending in "…". */
    private static Label wrapped(String sentence) {
        var label = new Label(sentence);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** "consumer-1 on /10.0.0.5, consumer-2 on /10.0.0.6", at most three named. */
    static String who(List<GroupMember> members) {
        var named = members.stream().limit(3).map(m -> m.clientId() + " on " + m.host()).collect(Collectors.joining(", "));
        return members.size() > 3 ? named + " and " + (members.size() - 3) + " more" : named;
    }
}
