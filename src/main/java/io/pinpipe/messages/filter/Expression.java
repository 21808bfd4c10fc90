package io.pinpipe.messages.filter;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageFilter;

/** A parsed expression as a filter: each test gets a fresh {@link Eval}, so one instance is safe on any thread. */
final class Expression implements MessageFilter {

    private final Node root;
    private final JsonFields fields;

    Expression(Node root) {
        this.root = root;
        var paths = new java.util.ArrayList<JsonPath>();
        root.paths(paths);
        this.fields = new JsonFields(paths);
    }

    Node root() {
        return root;
    }

    @Override
    public boolean test(Message message) {
        return root.test(new Eval(message, fields));
    }

    @Override
    public String describe() {
        return root.describe();
    }

    @Override
    public String toString() {
        return describe();
    }
}
