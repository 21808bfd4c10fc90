package io.pinpipe.messages;

/** What a message's timestamp means, named as Kafka's tools print it. */
public enum TimestampType {
    CREATE_TIME("CreateTime"), LOG_APPEND_TIME("LogAppendTime"), NONE("NoTimestampType");

    private final String label;

    TimestampType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
