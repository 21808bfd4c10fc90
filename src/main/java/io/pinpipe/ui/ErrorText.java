package io.pinpipe.ui;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The sentence to show for a failure: the innermost message a person can act on, on one line. */
public final class ErrorText {

    private ErrorText() {
    }

    public static String of(Throwable error) {
        var current = error;
        while ((current instanceof ExecutionException || current instanceof CompletionException
                || current.getMessage() == null) && current.getCause() != null) {
            current = current.getCause();
        }
        var message = current.getMessage();
        if (message == null || message.isBlank() || isProgrammingError(current)) {
            return "Something went wrong (" + current.getClass().getSimpleName() + "); the log file has the details.";
        }
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** A bug's own message ("Cannot invoke ... because ... is null") means nothing to a user: the log has it. */
    private static boolean isProgrammingError(Throwable error) {
        return error instanceof NullPointerException || error instanceof ClassCastException
                || error instanceof IndexOutOfBoundsException || error instanceof ArithmeticException
                || error instanceof java.util.ConcurrentModificationException
                || error instanceof java.util.NoSuchElementException;
    }
}
