package io.pinpipe.consumers.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One topic of the group in the reset dialog: ticked or not, and which of its partitions ("0,2"; empty: all). */
public final class ResetTopicChoice {

    private final String topic;
    private final BooleanProperty selected = new SimpleBooleanProperty(true);
    private final StringProperty partitions = new SimpleStringProperty("");
    private final StringBinding problem = Bindings.createStringBinding(
            () -> selected.get() ? ResetInputChecks.partitions(partitions.get()).problem() : "", selected, partitions);

    public ResetTopicChoice(String topic) {
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public StringProperty partitionsProperty() {
        return partitions;
    }

    /** Why the partitions typed cannot be read, or "". */
    public StringBinding problemProperty() {
        return problem;
    }
}
