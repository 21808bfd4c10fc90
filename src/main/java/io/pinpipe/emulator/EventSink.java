package io.pinpipe.emulator;

/** Where events go. Each row handed over ends in the stats as acked or failed, never silently dropped. */
public interface EventSink extends AutoCloseable {

    /** Hands over the event's rows, one record per table that held the id; may return before they are acked. */
    void send(EmulatorEvent event);

    /** Returns once every record handed over has its outcome. */
    void flush();

    @Override
    void close();
}
