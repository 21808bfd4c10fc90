package io.pinpipe.emulator.view;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.emulator.EmulatorSettings;
import io.pinpipe.emulator.RunSetup;
import io.pinpipe.emulator.SourceSettings;
import io.pinpipe.sandbox.LoadProgress;
import io.pinpipe.sandbox.MySqlTarget;
import io.pinpipe.sandbox.SampleDatabase;

import java.util.Optional;
import java.util.function.Function;

/** Turns the Emulator form into a run's plan: the form is read on the FX thread, the I/O a plan needs happens later. */
final class RunPlanner {

    static final String PASSWORD_VARIABLE = "PINPIPE_DB_PASSWORD";
    static final int REST_BATCH = 20;

    private final ConnectionCatalog catalog;
    private final Function<Connection, ClusterClient> clients;
    private final SampleDatabase database;
    private final Function<String, String> env;

    /** @param clients the shared client of a connection (made on first use, so called off the FX thread) */
    RunPlanner(ConnectionCatalog catalog, Function<Connection, ClusterClient> clients, SampleDatabase database,
               Function<String, String> env) {
        this.catalog = catalog;
        this.clients = clients;
        this.database = database;
        this.env = env;
    }

    /** What the form says, read on the FX thread. */
    Inputs read(EmulatorForm form) {
        return new Inputs(form.sourceProperty().get(), form.jdbcUrlProperty().get(), form.dbUserProperty().get().strip(),
                form.dbPasswordProperty().get(), form.connectionProperty().get(), form.sinkProperty().get(),
                form.createTopicsProperty().get(), form.sinkProperty().get() == EmulatorForm.SinkKind.REST
                ? Optional.of(form.restUri()) : Optional.empty(), form.apiKeyProperty().get(), form.prefixValue(),
                form.dateTimesProperty().get(), new EmulatorSettings(form.pacing(), form.runLimit(), form.seedValue()),
                form.partitionsValue(), form.replicationFactorValue());
    }

    record Inputs(EmulatorForm.SourceKind source, String jdbcUrl, String dbUser, String dbPassword,
                              Connection connection, EmulatorForm.SinkKind sink, boolean createTopics,
                              Optional<java.net.URI> restUrl, String apiKey, String prefix,
                              io.pinpipe.emulator.DateTimeStyle dateTimes, EmulatorSettings settings,
                              java.util.OptionalInt partitions, java.util.OptionalInt replicationFactor) {
    }

    /** Off the FX thread: the sample database may need creating, and the sandbox's address is read afresh. */
    RunSetup.Plan resolve(Inputs in) {
        SourceSettings source;
        if (in.source() == EmulatorForm.SourceKind.SANDBOX) {
            database.ensureCreated(LoadProgress.NONE, () -> Thread.currentThread().isInterrupted());
            source = SourceSettings.sandbox(database);
        } else {
            var password = in.dbPassword().isEmpty() ? Optional.ofNullable(env.apply(PASSWORD_VARIABLE)) : Optional.of(in.dbPassword());
            source = SourceSettings.mysql(new MySqlTarget(in.jdbcUrl()), in.dbUser(), password);
        }
        RunSetup.Target target;
        if (in.sink() == EmulatorForm.SinkKind.REST) {
            target = new RunSetup.Target.RestProxy(in.restUrl().orElseThrow(),
                    Optional.of(in.apiKey().strip()).filter(key -> !key.isEmpty()), REST_BATCH);
        } else {
            var connection = in.connection().isLocalSandbox() ? catalog.localSandbox() : in.connection();
            target = new RunSetup.Target.Kafka(clients.apply(connection), in.createTopics(), in.partitions(),
                    in.replicationFactor());
        }
        return new RunSetup.Plan(source, target, in.prefix(), in.dateTimes(), in.settings());
    }
}
