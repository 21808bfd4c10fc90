package io.pinpipe.emulator;

/** Where events go. Each row handed over ends in the stats as acked or failed, never silently dropped. */
public interface EventSink extends AutoCloseable {

    /**
     * Does what can be done for the event before it is due, on the thread that read it, while its rows are still
     * in that core's cache (at maximum pace, writing the rows as JSON there is cheaper than a moment later on the
     * sending thread). Never fails: whatever goes wrong here is met again, and counted, in {@link #send}.
     */
    default void prepare(EmulatorEvent event) {
    }

    /** Hands over the event's rows, one record per table that held the id; may return before they are acked. */
    void send(EmulatorEvent event);

    /** Returns once every record handed over has its outcome. */
    void flush();

    @Override
    void close();
}
