package io.pinpipe.topics;

/** How a peeked key or value reads: JSON is pretty-printed, text as is, anything else as hex. */
public enum ValueKind {
    JSON, TEXT, BINARY, NULL
}
