package io.pinpipe.messages.filter;

import io.pinpipe.messages.Message;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A condition on the headers of one name ({@code header.source = "emulator"}): it holds when any header of that
 * name satisfies it; {@code !=} holds when the header is there and none of that name has the value.
 */
record HeaderCondition(String name, Op op, List<BytePattern> texts, Pattern regex, String regexWritten)
        implements Node {

    static HeaderCondition exists(String name) {
        return new HeaderCondition(name, Op.EXISTS, List.of(), null, null);
    }

    static HeaderCondition texts(String name, Op op, List<BytePattern> texts) {
        return new HeaderCondition(name, op, List.copyOf(texts), null, null);
    }

    static HeaderCondition matches(String name, Pattern regex, String written) {
        return new HeaderCondition(name, Op.MATCHES, List.of(), regex, written);
    }

    @Override
    public boolean test(Eval eval) {
        boolean present = false;
        for (Message.Header header : eval.message.headers()) {
            if (!header.name().equals(name)) {
                continue;
            }
            present = true;
            if (op != Op.NE && op != Op.EXISTS && holds(header.value())) {
                return true;
            }
            if (op == Op.NE && equalsAny(header.value())) {
                return false;
            }
        }
        return present && (op == Op.EXISTS || op == Op.NE);
    }

    private boolean holds(byte[] value) {
        return switch (op) {
            case EQ, IN -> equalsAny(value);
            case CONTAINS -> texts.get(0).foundIn(value);
            case MATCHES -> value != null && regex.matcher(new String(value, StandardCharsets.UTF_8)).find();
            default -> false;
        };
    }

    private boolean equalsAny(byte[] value) {
        for (var text : texts) {
            if (text.equalTo(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        String subject = "header." + (Lexer.isPlainName(name) ? name : Literal.quote(name));
        return switch (op) {
            case EXISTS -> subject + " exists";
            case MATCHES -> subject + " ~ " + regexWritten;
            case IN -> subject + " in (" + texts.stream().map(t -> Literal.quote(t.text()))
                    .collect(Collectors.joining(", ")) + ")";
            default -> subject + " " + op.written + " " + Literal.quote(texts.get(0).text());
        };
    }

    @Override
    public int cost() {
        return op == Op.MATCHES ? 30 : 5;
    }
}
