package io.pinpipe.consumers.view;

import io.pinpipe.consumers.GroupAdmin;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Holds the dialog's background work at the moment it asks for the group service, so a test can act while a job is
 * surely running (the real broker then answers as usual once the gate opens).
 */
final class ResetGate {

    private final GroupAdmin admin;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile CountDownLatch open = new CountDownLatch(0);

    ResetGate(GroupAdmin admin) {
        this.admin = admin;
    }

    /** The supplier to give the dialog: it waits while the gate is shut. */
    Supplier<GroupAdmin> admins() {
        return () -> {
            var latch = open;
            waiting.incrementAndGet();
            try {
                if (!latch.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted at the gate", e);
            } finally {
                waiting.decrementAndGet();
            }
            return admin;
        };
    }

    void shut() {
        open = new CountDownLatch(1);
    }

    void open() {
        open.countDown();
    }

    /** How many jobs wait at the gate now. */
    int waiting() {
        return waiting.get();
    }
}
