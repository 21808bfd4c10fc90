package io.pinpipe.connections;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every connection the panes can offer. "Local sandbox" is always first: its address is the running
 * sandbox broker's, or the address it will take when started.
 */
public final class ConnectionCatalog {

    private final Supplier<Optional<String>> sandboxBootstrap;
    private final Supplier<Integer> sandboxPreferredPort;

    public ConnectionCatalog(Supplier<Optional<String>> sandboxBootstrap, Supplier<Integer> sandboxPreferredPort) {
        this.sandboxBootstrap = sandboxBootstrap;
        this.sandboxPreferredPort = sandboxPreferredPort;
    }

    public List<Connection> all() {
        return List.of(localSandbox());
    }

    public Connection localSandbox() {
        var bootstrap = sandboxBootstrap.get().orElse("127.0.0.1:" + sandboxPreferredPort.get());
        return new Connection(Connection.LOCAL_SANDBOX, bootstrap, AuthMode.PLAINTEXT);
    }

    public Optional<Connection> byName(String name) {
        return all().stream().filter(connection -> connection.name().equals(name)).findFirst();
    }
}
