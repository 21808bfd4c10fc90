package io.pinpipe.clusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.concurrent.atomic.AtomicInteger;

/** Logs each retry the SDK makes (throttling, server errors), so a slow listing explains itself. */
final class AttemptLog implements ExecutionInterceptor {

    private static final Logger log = LoggerFactory.getLogger(MskGateway.class);
    private static final ExecutionAttribute<AtomicInteger> ATTEMPTS = new ExecutionAttribute<>("pinpipe.attempts");

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        var attempts = attributes.getAttribute(ATTEMPTS);
        if (attempts == null) {
            attempts = new AtomicInteger();
            attributes.putAttribute(ATTEMPTS, attempts);
        }
        var attempt = attempts.incrementAndGet();
        if (attempt > 1) {
            log.info("MSK {}: attempt {} after a throttled or failed one", attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                    attempt);
        }
    }
}
