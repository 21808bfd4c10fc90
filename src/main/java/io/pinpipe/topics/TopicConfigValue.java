package io.pinpipe.topics;

import java.util.Optional;

/** One effective config of a topic; sensitive values are never sent by the broker, hence optional. */
public record TopicConfigValue(String name, Optional<String> value, ConfigSource source, boolean isDefault,
                               boolean sensitive, boolean readOnly) {

    public boolean overridden() {
        return source == ConfigSource.TOPIC;
    }
}
