package io.pinpipe.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One broker with SCRAM and TLS listeners for the whole test run, like {@link EmbeddedKafkaExtension}.
 * Declare a {@link SecureKafkaBroker} parameter to get its addresses, truststore and user.
 */
public final class SecureKafkaExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SecureKafkaExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SecureKafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return kafka(context).broker();
    }

    private static SecureInProcessKafka kafka(ExtensionContext context) {
        // The root store outlives every test class and closes its AutoCloseable values when the run ends.
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SecureInProcessKafka.class, type -> SecureInProcessKafka.start(), SecureInProcessKafka.class);
    }
}
