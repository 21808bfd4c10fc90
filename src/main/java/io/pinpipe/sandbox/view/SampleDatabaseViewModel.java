package io.pinpipe.sandbox.view;

import io.pinpipe.sandbox.LoadProgress;

import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.sandbox.SampleDatabaseStatus;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** The sandbox's sample database as the Sandbox pane shows it. */
public final class SampleDatabaseViewModel {

    private final SampleDatabase database;
    private final Async async;
    private final ObjectProperty<DatabaseState> state = new SimpleObjectProperty<>(DatabaseState.UNKNOWN);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObjectProperty<SampleDatabaseStatus> status = new SimpleObjectProperty<>();
    private final JobSlot creating = new JobSlot();

    public SampleDatabaseViewModel(SampleDatabase database, Async async) {
        this.database = database;
        this.async = async;
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    public void refresh() {
        if (state.get() == DatabaseState.CREATING) {
            return;
        }
        async.job("Checking the sample database", p -> database.status())
                .onSuccess(this::show)
                .onError(e -> {
                    state.set(DatabaseState.FAILED);
                    error.set(ErrorText.of(e));
                })
                .start();
    }

    public void create() {
        load("Creating the sample database", database::ensureCreated, () -> state.set(DatabaseState.MISSING));
    }

    /** Drops and reloads the three tables; the view asks first. */
    public void regenerate() {
        load("Regenerating the sample database", database::regenerate, () -> {
            state.set(DatabaseState.UNKNOWN);
            refresh();
        });
    }

    /** How the tables get their rows: created when missing, or dropped and reloaded. */
    @FunctionalInterface
    private interface Load {
        SampleDatabaseStatus run(LoadProgress progress, BooleanSupplier cancelled);
    }

    private void load(String title, Load load, Runnable onCancelled) {
        if (state.get() == DatabaseState.CREATING) {
            return;
        }
        state.set(DatabaseState.CREATING);
        error.set("");
        progress.set(0);
        creating.replace(async.job(title,
                        p -> load.run((done, total) -> p.update((double) done / total,
                                "Loaded " + done + " of " + total + " rows"), () -> Thread.currentThread().isInterrupted()))
                .onProgress((fraction, message) -> progress.set(fraction))
                .onSuccess(this::show)
                .onError(e -> {
                    state.set(DatabaseState.FAILED);
                    error.set(ErrorText.of(e));
                })
                .onCancelled(onCancelled));
    }

    public void cancelCreate() {
        creating.cancel();
    }

    private void show(SampleDatabaseStatus current) {
        status.set(current);
        if (current.ready()) {
            state.set(DatabaseState.READY);
            var format = NumberFormat.getIntegerInstance(Locale.US);
            summary.set(format.format(current.pinterestRows()) + " posts · "
                    + format.format(current.geolocationRows()) + " geolocations · "
                    + format.format(current.userRows()) + " users");
        } else {
            state.set(DatabaseState.MISSING);
            summary.set("");
        }
    }

    public ReadOnlyObjectProperty<DatabaseState> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<SampleDatabaseStatus> statusProperty() {
        return status;
    }
}
