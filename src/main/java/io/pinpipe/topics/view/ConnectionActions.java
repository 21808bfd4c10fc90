package io.pinpipe.topics.view;

import io.pinpipe.client.KafkaConnections;
import io.pinpipe.connections.ClientPropertiesFile;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.ConnectionTestResult;
import io.pinpipe.connections.ConnectionTester;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.doctor.ConnectionDoctor;
import io.pinpipe.doctor.view.DoctorViewModel;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** What the Topics pane does with its connection itself: test or diagnose it, export it, import another, edit or remove it. */
public final class ConnectionActions {

    private final ConnectionCatalog catalog;
    private final Async async;
    private final Function<Connection, SecretSource> secrets;
    private final ObjectProperty<Connection> connection;
    private final StringProperty notice;
    private final StringProperty error;
    private final Consumer<String> select;

    ConnectionActions(KafkaConnections kafka, Async async, ObjectProperty<Connection> connection, StringProperty notice,
                      StringProperty error, Consumer<String> select) {
        this.catalog = kafka.catalog();
        this.async = async;
        this.secrets = kafka::secretsFor;
        this.connection = connection;
        this.notice = notice;
        this.error = error;
        this.select = select;
    }

    /** Describe-cluster with a short timeout; the verdict, in words, goes to the notice or the error line. */
    public void testConnection() {
        var target = connection.get();
        if (target == null) {
            return;
        }
        notice.set("Testing " + target.name() + "…");
        error.set("");
        async.job("Testing connection " + target.name(), p -> new ConnectionTester().test(target, secrets.apply(target)))
                .onSuccess(result -> {
                    if (result instanceof ConnectionTestResult.Ok) {
                        notice.set(target.name() + ": " + result.summary());
                    } else {
                        notice.set("");
                        error.set(target.name() + ": " + result.summary());
                    }
                })
                .onError(e -> {
                    notice.set("");
                    error.set(ErrorText.of(e));
                })
                .start();
    }

    /** The connection doctor for the selected connection, ready for its dialog to start. */
    public Optional<DoctorViewModel> doctor() {
        return Optional.ofNullable(connection.get())
                .map(target -> new DoctorViewModel(new ConnectionDoctor(), async, target, secrets.apply(target)));
    }

    /** Writes the selected connection as a client.properties file, without any password. */
    public void exportClientProperties(Path file) {
        var target = connection.get();
        if (target == null) {
            return;
        }
        async.job("Exporting " + target.name(), p -> {
                    Files.writeString(file, ClientPropertiesFile.write(target));
                    return file;
                })
                .onSuccess(written -> notice.set("Wrote " + written + " for " + target.name()
                        + " (no password in it: kafka-topics.sh --command-config can use it)."))
                .onError(e -> error.set(ErrorText.of(e)))
                .start();
    }

    /** Saves a connection read from a client.properties file and shows its topics; notes say what was left out. */
    public void importClientProperties(Path file, String name, String bootstrap, Runnable done,
                                       Consumer<String> failed) {
        var address = bootstrap == null || bootstrap.isBlank() ? Optional.<String>empty() : Optional.of(bootstrap.strip());
        async.job("Importing " + file.getFileName(), p -> {
                    var imported = ClientPropertiesFile.read(file, name.strip(), address);
                    catalog.save(imported.connection(), false);
                    return imported;
                })
                .onSuccess(imported -> {
                    done.run();
                    notice.set("Imported " + imported.connection().name() + " (" + imported.connection().auth().mode().label()
                            + ")." + (imported.notes().isEmpty() ? "" : " " + String.join(" ", imported.notes())));
                    select.accept(imported.connection().name());
                })
                .onError(e -> failed.accept(ErrorText.of(e)))
                .start();
    }

    /** The edit dialog saved it (perhaps under a new name): the picker lists it again and shows it. */
    public void edited(Connection saved) {
        notice.set("Saved the connection " + saved.name() + ".");
        select.accept(saved.name());
    }

    /** Removes a saved connection from the catalog and its file; the picker then shows the sandbox. */
    public void removeConnection(Connection target) {
        error.set("");
        async.job("Removing connection " + target.name(), p -> {
                    catalog.remove(target.name());
                    return target;
                })
                .onSuccess(removed -> {
                    notice.set("Removed the connection " + removed.name() + ".");
                    select.accept(Connection.LOCAL_SANDBOX);
                })
                .onError(e -> error.set(ErrorText.of(e)))
                .start();
    }
}
