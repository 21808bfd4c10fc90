package io.pinpipe.insights;

/** Where reading a pipeline's topics starts. */
public enum StartAt {
    /** Every message the topics still hold. */
    BEGINNING,
    /** Only messages written from now on. */
    NOW
}
