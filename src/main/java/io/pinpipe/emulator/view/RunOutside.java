package io.pinpipe.emulator.view;

import io.pinpipe.core.Tone;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableObjectValue;

/**
 * The run as the rest of the window shows it: a word on the Emulator's sidebar entry while a run exists, and where
 * the records go for the status bar (nothing for the local sandbox: the status bar names it by itself).
 */
public final class RunOutside {

    private final StringBinding activity;
    private final ObjectBinding<Tone> activityTone;
    private final StringBinding destination;
    private final ObjectBinding<Tone> destinationTone;

    RunOutside(ObservableObjectValue<RunPhase> phase, EmulatorForm form) {
        activity = Bindings.createStringBinding(() -> word(phase.get()), phase);
        activityTone = Bindings.createObjectBinding(() -> phase.get() == RunPhase.PAUSED ? Tone.BUSY : phase.get().tone(), phase);
        destination = Bindings.createStringBinding(() -> destination(form), form.sinkProperty(), form.restUrlProperty(),
                form.connectionProperty());
        destinationTone = Bindings.createObjectBinding(() -> switch (phase.get()) {
            case RUNNING, PAUSED -> Tone.OK;
            case PREPARING, STOPPING -> Tone.BUSY;
            case SINK_WAITING, FAILED -> Tone.FAILED;
            default -> Tone.NEUTRAL;
        }, phase);
    }

    private static String word(RunPhase phase) {
        return switch (phase) {
            case PREPARING -> "Starting";
            case RUNNING, SOURCE_UNAVAILABLE, SINK_WAITING -> "Running";
            case PAUSED -> "Paused";
            case STOPPING -> "Stopping";
            default -> "";
        };
    }

    private static String destination(EmulatorForm form) {
        if (form.sinkProperty().get() == EmulatorForm.SinkKind.REST) {
            var url = form.restUrlProperty().get().strip();
            return "Emulator → REST proxy" + (url.isEmpty() ? "" : " · " + url);
        }
        var connection = form.connectionProperty().get();
        return connection == null || connection.isLocalSandbox() ? ""
                : "Emulator → " + connection.name() + " · " + connection.bootstrap();
    }

    public StringBinding activity() { return activity; }
    public ObjectBinding<Tone> activityTone() { return activityTone; }
    public StringBinding destination() { return destination; }
    public ObjectBinding<Tone> destinationTone() { return destinationTone; }
}
