package io.pinpipe.topics;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Kafka's rules for topic names, checked before asking the broker so the dialog can answer as you type. */
public final class TopicNames {

    public static final int MAX_LENGTH = 249;
    static final String LEGAL = "letters, digits, '.', '_' and '-'";

    private TopicNames() {
    }

    public static NameCheck check(String name) {
        return check(name, List.of());
    }

    /** @param existing the cluster's topic names, for the "already exists" and '.'/'_' collision checks */
    public static NameCheck check(String name, Collection<String> existing) {
        if (name.isEmpty()) {
            return new NameCheck.Invalid("A topic name cannot be empty");
        }
        if (name.equals(".") || name.equals("..")) {
            return new NameCheck.Invalid("A topic name cannot be '" + name + "'");
        }
        if (name.length() > MAX_LENGTH) {
            return new NameCheck.Invalid("A topic name can have at most " + MAX_LENGTH + " characters, this one has "
                    + name.length());
        }
        var illegal = illegalCharacters(name);
        if (illegal.isPresent()) {
            return new NameCheck.Invalid("A topic name may only contain " + LEGAL + ", not " + illegal.get());
        }
        if (existing.contains(name)) {
            return new NameCheck.Invalid("Topic '" + name + "' already exists");
        }
        if (name.indexOf('.') >= 0 || name.indexOf('_') >= 0) {
            var unified = unify(name);
            var twin = existing.stream().filter(other -> !other.equals(name) && unify(other).equals(unified)).findFirst();
            if (twin.isPresent()) {
                return new NameCheck.Warning("'" + name + "' collides with the existing topic '" + twin.get()
                        + "': Kafka treats '.' and '_' alike in metric names and refuses one of them");
            }
        }
        return new NameCheck.Ok();
    }

    /** The characters Kafka refuses in a name, each once, as a person reads them ("a space, '!'"); empty if none. */
    static Optional<String> illegalCharacters(String name) {
        var illegal = name.codePoints().filter(c -> !legal(c)).distinct()
                .mapToObj(TopicNames::shown).collect(Collectors.joining(", "));
        return illegal.isEmpty() ? Optional.empty() : Optional.of(illegal);
    }

    /** Kafka's own metric-name mapping, under which 'a.b' and 'a_b' are the same topic. */
    static String unify(String name) {
        return name.replace('.', '_');
    }

    private static boolean legal(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-';
    }

    private static String shown(int c) {
        if (c == ' ') {
            return "a space";
        }
        if (Character.isWhitespace(c) || Character.isISOControl(c)) {
            return String.format(Locale.ROOT, "U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }
}
