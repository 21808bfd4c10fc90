package io.pinpipe.messages.filter;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** and, or, not over parts; "and" and "or" try their cheapest parts first (no side effects, so order is free). */
final class Logic {

    private Logic() {
    }

    static Node and(List<Node> parts) {
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    static Node or(List<Node> parts) {
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    private static Node[] cheapestFirst(List<Node> parts) {
        return parts.stream().sorted(Comparator.comparingInt(Node::cost)).toArray(Node[]::new);
    }

    private static int sum(List<Node> parts) {
        return parts.stream().mapToInt(Node::cost).sum();
    }

    record And(List<Node> parts, Node[] order, int cost) implements Node {

        And(List<Node> parts) {
            this(List.copyOf(parts), cheapestFirst(parts), sum(parts));
        }

        @Override
        public boolean test(Eval eval) {
            for (Node part : order) {
                if (!part.test(eval)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe() {
            return parts.stream().map(p -> Node.wrap(p, 2)).collect(Collectors.joining(" and "));
        }

        @Override
        public int precedence() {
            return 2;
        }

        @Override
        public void paths(List<JsonPath> into) {
            parts.forEach(p -> p.paths(into));
        }
    }

    record Or(List<Node> parts, Node[] order, int cost) implements Node {

        Or(List<Node> parts) {
            this(List.copyOf(parts), cheapestFirst(parts), sum(parts));
        }

        @Override
        public boolean test(Eval eval) {
            for (Node part : order) {
                if (part.test(eval)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return parts.stream().map(p -> Node.wrap(p, 1)).collect(Collectors.joining(" or "));
        }

        @Override
        public int precedence() {
            return 1;
        }

        @Override
        public void paths(List<JsonPath> into) {
            parts.forEach(p -> p.paths(into));
        }
    }

    record Not(Node part) implements Node {

        @Override
        public boolean test(Eval eval) {
            return !part.test(eval);
        }

        @Override
        public String describe() {
            return "not " + Node.wrap(part, 3);
        }

        @Override
        public int cost() {
            return part.cost();
        }

        @Override
        public void paths(List<JsonPath> into) {
            part.paths(into);
        }
    }
}
