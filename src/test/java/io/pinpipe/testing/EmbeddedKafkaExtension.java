package io.pinpipe.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real Kafka broker for the whole test run, started in-process by the first test class that asks for
 * it and stopped when the run ends. Declare a {@link KafkaBroker} parameter (constructor, lifecycle or test
 * method) to get its bootstrap servers.
 */
public final class EmbeddedKafkaExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmbeddedKafkaExtension.class);
    private static final AtomicInteger STARTED = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return kafka(context).broker();
    }

    /** How many brokers this extension started in this JVM: one, however many classes asked. */
    static int brokersStarted() {
        return STARTED.get();
    }

    private static InProcessKafka kafka(ExtensionContext context) {
        // The root store outlives every test class and closes its AutoCloseable values when the run ends.
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(InProcessKafka.class, type -> {
            STARTED.incrementAndGet();
            return InProcessKafka.start();
        }, InProcessKafka.class);
    }
}
