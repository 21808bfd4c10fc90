package io.pinpipe.messages.filter;

/** One part of a parsed expression: a condition, or and/or/not over parts. */
interface Node {

    boolean test(Eval eval);

    /** The part in the normalised syntax. */
    String describe();

    /** Rough cost of {@link #test}, so that "and" and "or" try cheap parts first (1 = metadata, 50 = JSON). */
    int cost();

    /** Binding strength for parentheses in {@link #describe}: or 1, and 2, everything else 3. */
    default int precedence() {
        return 3;
    }

    /** Adds the JSON paths this part reads (so a value is read once for all of them). */
    default void paths(java.util.List<JsonPath> into) {
    }

    static String wrap(Node node, int outer) {
        return node.precedence() < outer ? "(" + node.describe() + ")" : node.describe();
    }
}
