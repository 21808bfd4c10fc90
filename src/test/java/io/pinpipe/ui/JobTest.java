package io.pinpipe.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promises of a background job, with a real thread pool and an "FX thread" that is a queue the test drains, so
 * the order of events is the test's to choose.
 */
class JobTest {

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final BackgroundWork work = new BackgroundWork();
    private final Async async = new Async(background, fxQueue::add, work);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void aJobCancelledWhileRunningDeliversNothingAfterwardsAndFinishesAtOnce() throws Exception {
        var release = new CountDownLatch(1);
        var handle = async.job("slow", p -> {
                    p.update(0.5, "half");
                    release.await(); // the interrupt from cancel() ends this wait
                    return "late";
                })
                .onSuccess(result -> events.add("success " + result))
                .onError(error -> events.add("error " + error.getClass().getSimpleName()))
                .onProgress((fraction, message) -> events.add("progress " + message))
                .onCancelled(() -> events.add("cancelled"))
                .andFinally(() -> events.add("finally"))
                .start();
        awaitRunning();

        handle.cancel();
        assertThat(events).containsExactly("cancelled", "finally");
        drainFx(2);

        assertThat(events).as("nothing arrives after the cancel").containsExactly("cancelled", "finally");
        assertThat(work.running()).as("the status bar is idle again").isEmpty();
    }

    @Test
    void aJobCancelledBeforeItStartedStillRunsItsFinallyStepAndLeavesTheStatusBar() {
        var oneThread = Executors.newSingleThreadExecutor();
        var queued = new Async(oneThread, fxQueue::add, work);
        var blocker = new CountDownLatch(1);
        queued.job("blocker", p -> {
            blocker.await();
            return 1;
        }).start();
        var handle = queued.job("queued", p -> events.add("ran")).andFinally(() -> events.add("finally")).start();
        assertThat(work.running()).containsExactly("blocker", "queued");

        handle.cancel();

        assertThat(events).containsExactly("finally");
        assertThat(work.running()).containsExactly("blocker");
        blocker.countDown();
        oneThread.shutdown();
    }

    @Test
    void aJobStartedWhileTheAppClosesIsDroppedLikeACancelNotThrown() {
        var closed = Executors.newSingleThreadExecutor();
        closed.shutdown();
        var closing = new Async(closed, fxQueue::add, work);

        var handle = closing.job("late refresh", p -> events.add("ran"))
                .onCancelled(() -> events.add("cancelled")).andFinally(() -> events.add("finally")).start();

        assertThat(handle.isDone()).isTrue();
        assertThat(events).containsExactly("cancelled", "finally");
        assertThat(work.running()).as("the status bar is idle").isEmpty();
    }

    @Test
    void aNewerRequestInTheSameSlotSupersedesTheOlderOne() throws Exception {
        var slot = new JobSlot();
        var first = new CountDownLatch(1);
        slot.replace(async.job("first", p -> {
            first.await(10, TimeUnit.SECONDS);
            return "first";
        }).onSuccess(events::add).andFinally(() -> events.add("first finally")));
        slot.replace(async.job("second", p -> "second").onSuccess(events::add).andFinally(() -> events.add("second finally")));
        first.countDown();
        drainFx(3);

        assertThat(events).containsExactly("first finally", "second", "second finally");
        assertThat(slot.active()).isFalse();
    }

    @Test
    void failuresGoToTheHandlerOfTheirTypeFirst() throws Exception {
        async.job("io", p -> {
                    throw new UncheckedIOException(new java.io.IOException("disk full"));
                })
                .on(UncheckedIOException.class, e -> events.add("io: " + e.getCause().getMessage()))
                .onError(e -> events.add("other"))
                .andFinally(() -> events.add("finally"))
                .start();
        async.job("state", p -> {
                    throw new IllegalStateException("bad");
                })
                .on(UncheckedIOException.class, e -> events.add("io"))
                .onError(e -> events.add("other: " + e.getMessage()))
                .start();
        drainFx(4);

        assertThat(events).containsExactlyInAnyOrder("io: disk full", "finally", "other: bad");
    }

    @Test
    void aResultThatArrivesAfterTheCancelIsHandedBackToBeClosed() throws Exception {
        var handle = async.job("prepared", p -> "resource").whenDiscarded(result -> events.add("closed " + result))
                .onSuccess(events::add).start();
        // The work is done and its delivery waits in the FX queue: the cancel comes first.
        org.awaitility.Awaitility.await().until(() -> !fxQueue.isEmpty());
        handle.cancel();
        drainFx(2);

        org.awaitility.Awaitility.await().until(() -> events.contains("closed resource"));
        assertThat(events).containsExactly("closed resource");
    }

    @Test
    void finishingEarlyStillDeliversWhatTheWorkReturns() throws Exception {
        var slot = new JobSlot();
        slot.replace(async.job("scan", p -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                return "partial";
            }
            return "all";
        }).onSuccess(events::add).andFinally(() -> events.add("finally")));
        awaitRunning();

        slot.finishEarly();
        drainFx(2);

        assertThat(events).containsExactly("partial", "finally");
    }

    @Test
    void aJobAskedToFinishEarlyAndThenCancelledDeliversNothing() throws Exception {
        var slot = new JobSlot();
        var stopping = new CountDownLatch(1);
        slot.replace(async.job("scan", p -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                stopping.await(10, TimeUnit.SECONDS); // still wrapping up when the cancel comes
            }
            return "partial";
        }).onSuccess(events::add).andFinally(() -> events.add("finally")));
        awaitRunning();

        slot.finishEarly();
        slot.cancel();
        stopping.countDown();
        drainFx(2);

        assertThat(events).containsExactly("finally");
    }

    private void awaitRunning() {
        org.awaitility.Awaitility.await().until(() -> ((java.util.concurrent.ThreadPoolExecutor) background).getActiveCount() > 0);
    }

    /** Runs what the jobs posted to the "FX thread", waiting for at least {@code count} posts. */
    private void drainFx(int count) throws InterruptedException {
        for (var i = 0; i < count; i++) {
            var next = fxQueue.poll(10, TimeUnit.SECONDS);
            if (next == null) {
                return;
            }
            next.run();
        }
        Runnable more;
        while ((more = fxQueue.poll(200, TimeUnit.MILLISECONDS)) != null) {
            more.run();
        }
    }
}
