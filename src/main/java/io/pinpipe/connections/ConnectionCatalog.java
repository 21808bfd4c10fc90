package io.pinpipe.connections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every connection the panes and commands can offer. "Local sandbox" is always first and is never saved nor
 * removable: its address is the running sandbox broker's, or the address it will take when started.
 */
public final class ConnectionCatalog {

    private final Optional<ConnectionStore> store;
    private final Supplier<Optional<String>> sandboxBootstrap;
    private final Supplier<Integer> sandboxPreferredPort;
    private final List<Consumer<String>> changeListeners = new CopyOnWriteArrayList<>();

    public ConnectionCatalog(ConnectionStore store, Supplier<Optional<String>> sandboxBootstrap,
                             Supplier<Integer> sandboxPreferredPort) {
        this(Optional.of(store), sandboxBootstrap, sandboxPreferredPort);
    }

    /** Only the sandbox, nothing saved: for callers (and tests) that never keep connections. */
    public ConnectionCatalog(Supplier<Optional<String>> sandboxBootstrap, Supplier<Integer> sandboxPreferredPort) {
        this(Optional.empty(), sandboxBootstrap, sandboxPreferredPort);
    }

    private ConnectionCatalog(Optional<ConnectionStore> store, Supplier<Optional<String>> sandboxBootstrap,
                              Supplier<Integer> sandboxPreferredPort) {
        this.store = store;
        this.sandboxBootstrap = sandboxBootstrap;
        this.sandboxPreferredPort = sandboxPreferredPort;
    }

    public List<Connection> all() {
        var all = new ArrayList<Connection>();
        all.add(localSandbox());
        all.addAll(saved());
        return all;
    }

    /** The saved connections, by name. */
    public List<Connection> saved() {
        return store.map(ConnectionStore::list).orElse(List.of()).stream()
                .filter(connection -> !isSandboxName(connection.name()))
                .sorted(Comparator.comparing(connection -> connection.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    public Connection localSandbox() {
        var bootstrap = sandboxBootstrap.get().orElse("127.0.0.1:" + sandboxPreferredPort.get());
        return Connection.localSandbox(bootstrap);
    }

    /** The sandbox while its broker runs. */
    public Optional<Connection> runningSandbox() {
        return sandboxBootstrap.get().map(Connection::localSandbox);
    }

    /** Names match ignoring case, as people type them. */
    public Optional<Connection> byName(String name) {
        var wanted = name.strip();
        return all().stream().filter(connection -> connection.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * Saves a new connection, or replaces the one of the same name when {@code replace} is true.
     *
     * @throws IllegalArgumentException for the sandbox's name, or a name in use without {@code replace}
     */
    public void save(Connection connection, boolean replace) {
        if (isSandboxName(connection.name())) {
            throw new IllegalArgumentException("'" + Connection.LOCAL_SANDBOX + "' is the built-in connection: choose another name");
        }
        if (!replace && byName(connection.name()).isPresent()) {
            throw new IllegalArgumentException("A connection named '" + connection.name() + "' already exists");
        }
        writableStore().save(connection);
        changed(connection.name());
    }

    /**
     * Saves an edited connection in place of the one saved as {@code oldName}; the name may change, but not to
     * another connection's name nor the sandbox's.
     *
     * @throws IllegalArgumentException for the sandbox, a name nothing is saved under, or a name in use
     */
    public void replace(String oldName, Connection edited) {
        if (isSandboxName(oldName)) {
            throw new IllegalArgumentException("'" + Connection.LOCAL_SANDBOX + "' is built in and cannot be edited");
        }
        if (isSandboxName(edited.name())) {
            throw new IllegalArgumentException("'" + Connection.LOCAL_SANDBOX + "' is the built-in connection: choose another name");
        }
        if (saved().stream().noneMatch(c -> c.name().equalsIgnoreCase(oldName.strip()))) {
            throw new IllegalArgumentException("No saved connection named '" + oldName.strip() + "'");
        }
        var renamed = !edited.name().equalsIgnoreCase(oldName.strip());
        if (renamed && byName(edited.name()).isPresent()) {
            throw new IllegalArgumentException("A connection named '" + edited.name() + "' already exists");
        }
        writableStore().replace(oldName, edited);
        changed(oldName.strip());
        if (renamed) {
            changed(edited.name());
        }
    }

    /** Told the name of each connection saved again or removed: what was open on it is out of date. */
    public void onChange(Consumer<String> listener) {
        changeListeners.add(listener);
    }

    private void changed(String name) {
        changeListeners.forEach(listener -> listener.accept(name));
    }

    /** @throws IllegalArgumentException for the sandbox, or a name nothing is saved under */
    public void remove(String name) {
        if (isSandboxName(name)) {
            throw new IllegalArgumentException("'" + Connection.LOCAL_SANDBOX + "' is built in and cannot be removed");
        }
        if (!writableStore().remove(name)) {
            throw new IllegalArgumentException("No saved connection named '" + name.strip() + "'");
        }
        changed(name);
    }

    private ConnectionStore writableStore() {
        return store.orElseThrow(() -> new IllegalStateException("This connection list keeps nothing: it has no store"));
    }

    private static boolean isSandboxName(String name) {
        return Connection.LOCAL_SANDBOX.equalsIgnoreCase(name.strip());
    }
}
