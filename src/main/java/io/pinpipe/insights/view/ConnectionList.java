package io.pinpipe.insights.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.core.Tone;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Consumer;

/** The connections offered in the picker and the one chosen, kept when the list is read again. */
public final class ConnectionList {

    private final ConnectionCatalog catalog;
    private final Async async;
    private final String noneYet;
    private final ObservableList<Connection> all = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> chosen = new SimpleObjectProperty<>();
    private final StringBinding line = Bindings.createStringBinding(
            () -> chosen.get() == null ? "" : chosen.get().statusLine(), chosen);
    private final ObjectBinding<Tone> tone = Bindings.createObjectBinding(
            () -> chosen.get() == null ? Tone.NEUTRAL : Tone.OK, chosen);

    /** @param noneYet the sentence shown when there is no connection at all */
    public ConnectionList(ConnectionCatalog catalog, Async async, String noneYet) {
        this.catalog = catalog;
        this.async = async;
        this.noneYet = noneYet;
    }

    /** Reads the catalog; {@code same} runs when the chosen connection stayed the same (a change lists on its own). */
    void load(Runnable same, Consumer<String> failed) {
        var wanted = Optional.ofNullable(chosen.get()).map(Connection::name);
        async.job("Reading connections", p -> catalog.all())
                .onSuccess(fresh -> {
                    var kept = chosen.get();
                    var current = wanted.flatMap(name -> fresh.stream().filter(c -> c.name().equalsIgnoreCase(name))
                            .findFirst()).orElse(kept != null ? kept : fresh.isEmpty() ? null : fresh.get(0));
                    var listed = new ArrayList<>(fresh);
                    if (current != null && !listed.contains(current)) {
                        listed.add(current);
                    }
                    all.setAll(listed);
                    if (current == null) {
                        failed.accept(noneYet);
                        return;
                    }
                    var unchanged = current.equals(kept);
                    chosen.set(current);
                    if (unchanged) {
                        same.run();
                    }
                })
                .onError(e -> failed.accept(ErrorText.of(e)))
                .start();
    }

    void choose(Connection connection) {
        if (!all.contains(connection)) {
            all.add(connection);
        }
        chosen.set(connection);
    }

    public ObservableList<Connection> all() { return all; }
    public ObjectProperty<Connection> chosen() { return chosen; }
    public StringBinding line() { return line; }
    public ObjectBinding<Tone> tone() { return tone; }
}
