package io.pinpipe.messages.filter;

import io.pinpipe.messages.MessageException;

/** An expression that does not parse: the message names the column and what was expected there. */
public final class FilterException extends MessageException {

    private final int column;

    public FilterException(int column, String message) {
        super(Reason.INVALID_REQUEST, message);
        this.column = column;
    }

    /** 1-based column of the problem. */
    public int column() {
        return column;
    }
}
