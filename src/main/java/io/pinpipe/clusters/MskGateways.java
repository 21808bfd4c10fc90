package io.pinpipe.clusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One {@link MskGateway} per profile, region and endpoint for the whole app, made on first use and closed
 * on shutdown. The shared AWS files are read again when asked, so a profile added meanwhile shows up.
 */
public final class MskGateways implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MskGateways.class);

    private record Key(MskTarget target, MskClientOptions options) {
    }

    private final AwsEnvironment environment;
    private final Supplier<MskClientOptions> options;
    private final Map<Key, MskGateway> open = new HashMap<>();
    private AwsProfiles profiles;

    public MskGateways(AwsEnvironment environment, Supplier<MskClientOptions> options) {
        this.environment = environment;
        this.options = options;
    }

    /** The profiles as the files say now; gateways made before keep working with what they read. */
    public synchronized AwsProfiles reloadProfiles() {
        profiles = AwsProfiles.read(environment);
        return profiles;
    }

    public synchronized AwsProfiles profiles() {
        return profiles == null ? reloadProfiles() : profiles;
    }

    public MskClientOptions options() {
        return options.get();
    }

    public synchronized MskGateway of(MskTarget target) {
        var key = new Key(target, options.get());
        return open.computeIfAbsent(key, k -> MskGateway.open(k.target(), profiles(), k.options()));
    }

    @Override
    public synchronized void close() {
        open.values().forEach(gateway -> {
            try {
                gateway.close();
            } catch (RuntimeException e) {
                log.warn("Closing an MSK client failed: {}", e.getMessage());
            }
        });
        open.clear();
    }
}
