package io.pinpipe.connections.view;

import io.pinpipe.connections.AuthMode;
import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.ConnectionRules;
import io.pinpipe.connections.ConnectionTester;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.connections.SessionPasswords;
import io.pinpipe.connections.TlsOptions;
import io.pinpipe.connections.Truststore;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The connection form, new or editing a saved one: name, address, auth mode and its settings; checked as you type,
 * tested on demand. Editing keeps what the form has no field for (plain extra properties, hostname checks off).
 */
public final class ConnectionFormViewModel {

    private final ConnectionCatalog catalog;
    private final SessionPasswords passwords;
    private final Async async;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty bootstrap = new SimpleStringProperty("");
    private final ObjectProperty<AuthMode> mode = new SimpleObjectProperty<>(AuthMode.IAM);
    private final StringProperty truststore = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty scramOverTls = new SimpleBooleanProperty(true);
    private final StringProperty awsProfile = new SimpleStringProperty("");
    private final StringProperty awsRegion = new SimpleStringProperty("");
    private final StringProperty roleArn = new SimpleStringProperty("");
    private final StringProperty testResult = new SimpleStringProperty("");
    private final BooleanProperty testOk = new SimpleBooleanProperty(false);
    private final BooleanProperty testing = new SimpleBooleanProperty(false);
    private final StringBinding problem;
    private final java.util.Set<String> taken;
    private final ObjectProperty<Optional<Connection>> original = new SimpleObjectProperty<>(Optional.empty());

    public ConnectionFormViewModel(ConnectionCatalog catalog, SessionPasswords passwords, Async async) {
        this.catalog = catalog;
        this.passwords = passwords;
        this.async = async;
        this.taken = catalog.all().stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        problem = Bindings.createStringBinding(this::firstProblem, name, bootstrap, mode, truststore, username,
                awsProfile, awsRegion, roleArn, original);
    }

    /** Turns this form into the editor of a saved connection, its fields filled in; the password stays empty (never kept). */
    public ConnectionFormViewModel edit(Connection saved) {
        original.set(Optional.of(saved));
        name.set(saved.name());
        bootstrap.set(saved.bootstrap());
        mode.set(saved.mode());
        truststore.set(saved.auth().tlsOptions().flatMap(TlsOptions::truststore).map(t -> t.path().toString()).orElse(""));
        if (saved.auth() instanceof AuthSettings.Scram scram) {
            username.set(scram.username());
            scramOverTls.set(scram.tls().isPresent());
        } else if (saved.auth() instanceof AuthSettings.Iam iam) {
            awsProfile.set(iam.awsProfile().orElse(""));
            awsRegion.set(iam.awsRegion().orElse(""));
            roleArn.set(iam.roleArn().orElse(""));
        }
        return this;
    }

    /** The saved connection being edited; empty for a new one. */
    public Optional<Connection> editing() {
        return original.get();
    }
    private String firstProblem() {
        return ConnectionRules.nameProblem(name.get())
                .or(() -> taken.contains(name.get().strip().toLowerCase(java.util.Locale.ROOT)) && !isOwnName()
                        ? Optional.of("A connection with this name exists.") : Optional.empty())
                .or(() -> ConnectionRules.bootstrapProblem(bootstrap.get()))
                .or(() -> mode.get() == AuthMode.SCRAM ? ConnectionRules.usernameProblem(username.get()) : Optional.empty())
                .or(() -> mode.get() == AuthMode.IAM ? iamProblem() : Optional.empty())
                .or(() -> build().flatMap(c -> ConnectionRules.usabilityProblems(c).stream().findFirst()))
                .orElse("");
    }

    private boolean isOwnName() {
        return original.get().map(saved -> saved.name().equalsIgnoreCase(name.get().strip())).orElse(false);
    }

    private Optional<String> iamProblem() {
        return optional(awsProfile).flatMap(ConnectionRules::profileProblem)
                .or(() -> optional(awsRegion).flatMap(ConnectionRules::regionProblem))
                .or(() -> optional(roleArn).flatMap(ConnectionRules::roleArnProblem));
    }

    /** The connection the form describes, once its fields make one. */
    public Optional<Connection> build() {
        try {
            return Optional.of(new Connection(name.get().strip(), bootstrap.get().strip(), auth(),
                    original.get().map(Connection::extraProperties).orElse(Map.of())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private AuthSettings auth() {
        var chosen = optional(truststore).map(path -> TlsOptions.trusting(Truststore.of(Path.of(path))))
                .orElse(TlsOptions.DEFAULT);
        var checksHostnames = original.get().flatMap(saved -> saved.auth().tlsOptions()).map(TlsOptions::verifyHostname)
                .orElse(true);
        var tls = checksHostnames ? chosen : chosen.withoutHostnameVerification();
        return switch (mode.get()) {
            case PLAINTEXT -> new AuthSettings.Plaintext();
            case TLS -> new AuthSettings.Tls(tls);
            case SCRAM -> new AuthSettings.Scram(username.get(), scramOverTls.get() ? Optional.of(tls) : Optional.empty());
            case IAM -> new AuthSettings.Iam(optional(awsProfile), optional(awsRegion), optional(roleArn), tls);
        };
    }

    public void test() {
        var connection = build();
        if (connection.isEmpty()) {
            return;
        }
        testing.set(true);
        testResult.set("Testing…");
        var secrets = typedPassword().orElse(SecretSource.environment(System::getenv));
        async.job("Testing connection " + connection.get().name(),
                        p -> new ConnectionTester().test(connection.get(), secrets))
                .onSuccess(result -> {
                    testOk.set(result instanceof io.pinpipe.connections.ConnectionTestResult.Ok);
                    testResult.set(result.summary());
                })
                .onError(e -> {
                    testOk.set(false);
                    testResult.set(ErrorText.of(e));
                })
                .andFinally(() -> testing.set(false))
                .start();
    }

    public void save(Consumer<Connection> saved, Consumer<String> failed) {
        var connection = build();
        if (connection.isEmpty() || !problem.get().isEmpty()) {
            failed.accept(problem.get());
            return;
        }
        var replacing = original.get();
        async.job("Saving connection " + connection.get().name(), p -> {
                    if (replacing.isPresent()) {
                        catalog.replace(replacing.get().name(), connection.get());
                    } else {
                        catalog.save(connection.get(), false);
                    }
                    return connection.get();
                })
                .onSuccess(done -> {
                    replacing.ifPresent(old -> passwords.rename(old.name(), done.name()));
                    if (replacing.isEmpty() || !password.get().isEmpty()) {
                        passwords.remember(done.name(), password.get());
                    }
                    saved.accept(done);
                })
                .onError(e -> failed.accept(ErrorText.of(e)))
                .start();
    }

    private SecretSource typedPassword() {
        var typed = password.get();
        return typed.isEmpty() ? SecretSource.none() : SecretSource.scramPassword(typed);
    }

    private static Optional<String> optional(StringProperty field) {
        return Optional.ofNullable(field.get()).map(String::strip).filter(text -> !text.isEmpty());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty bootstrapProperty() {
        return bootstrap;
    }

    public ObjectProperty<AuthMode> modeProperty() {
        return mode;
    }

    public StringProperty truststoreProperty() {
        return truststore;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty scramOverTlsProperty() {
        return scramOverTls;
    }

    public StringProperty awsProfileProperty() {
        return awsProfile;
    }

    public StringProperty awsRegionProperty() {
        return awsRegion;
    }

    public StringProperty roleArnProperty() {
        return roleArn;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult;
    }

    public ReadOnlyBooleanProperty testOkProperty() {
        return testOk;
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing;
    }
}
