package io.pinpipe.insights.view;

import io.pinpipe.client.KafkaConnections;
import io.pinpipe.connections.Connection;
import io.pinpipe.insights.InsightsListener;
import io.pinpipe.insights.InsightsReader;
import io.pinpipe.insights.PipelineTopics;
import io.pinpipe.insights.StartAt;

import java.util.List;

/** Where the pane's answers come from: a connection's pipelines, read by {@link InsightsReader}. */
public interface InsightsSource {

    /** The prefixes on the connection that name a pipeline. Blocks: call off the FX thread. */
    List<String> prefixes(Connection connection);

    /** Starts reading; the listener hears on the reading thread. Blocks: call off the FX thread. */
    Reading start(Connection connection, PipelineTopics topics, StartAt from, InsightsListener listener);

    /** A run being read. */
    interface Reading extends AutoCloseable {

        /** Forgets what was read and reads again from the run's start. */
        void reset();

        @Override
        void close();
    }

    /** The real one: {@link InsightsReader} on the connection's client. */
    static InsightsSource over(KafkaConnections kafka) {
        return new InsightsSource() {
            @Override
            public List<String> prefixes(Connection connection) {
                return InsightsReader.on(kafka.clientOf(connection)).prefixes();
            }

            @Override
            public Reading start(Connection connection, PipelineTopics topics, StartAt from, InsightsListener listener) {
                var run = InsightsReader.on(kafka.clientOf(connection)).start(topics, from, listener);
                return new Reading() {
                    @Override
                    public void reset() {
                        run.reset();
                    }

                    @Override
                    public void close() {
                        run.close();
                    }
                };
            }
        };
    }
}
