package io.pinpipe.messages;

/**
 * Decides whether a message matches. Made by {@link io.pinpipe.messages.filter.Filters} from an expression or the
 * pane's fields; must be cheap and thread-safe (a scan calls it for every message, on one thread).
 */
@FunctionalInterface
public interface MessageFilter {

    MessageFilter ALL = message -> true;

    boolean test(Message message);

    /** What it is, in the expression syntax (shown in progress lines and saved with a search). */
    default String describe() {
        return "all messages";
    }
}
