package io.pinpipe.connections;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One {@code sasl.jaas.config} value: {@code LoginModule required key="value" ...;}. Values are quoted and
 * escaped the way Kafka's parser (a StreamTokenizer) reads them back.
 */
record JaasLine(String loginModule, Map<String, String> options) {

    private static final Pattern HEAD = Pattern.compile("\\s*([\\w.$]+)\\s+(required|requisite|sufficient|optional)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("\\s*([\\w.]+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s;\"]+))", Pattern.DOTALL);

    JaasLine {
        Objects.requireNonNull(loginModule, "loginModule");
        options = new LinkedHashMap<>(options);
    }

    String render() {
        var line = new StringBuilder(loginModule).append(" required");
        options.forEach((key, value) -> line.append(' ').append(key).append("=\"").append(escape(value)).append('"'));
        return line.append(';').toString();
    }

    /** Parses one login module entry; anything it cannot read is an error with the reason. */
    static JaasLine parse(String text) {
        var head = HEAD.matcher(text);
        if (!head.matches()) {
            throw new IllegalArgumentException("sasl.jaas.config is not 'LoginModule required [key=\"value\" ...];'");
        }
        var rest = head.group(3).strip();
        if (!rest.endsWith(";")) {
            throw new IllegalArgumentException("sasl.jaas.config must end with ';'");
        }
        rest = rest.substring(0, rest.length() - 1);
        var options = new LinkedHashMap<String, String>();
        var option = OPTION.matcher(rest);
        var at = 0;
        while (at < rest.length() && option.find(at) && option.start() == at) {
            var quoted = option.group(3);
            options.put(option.group(1), quoted != null ? unescape(quoted) : option.group(4));
            at = option.end();
        }
        if (!rest.substring(at).isBlank()) {
            throw new IllegalArgumentException("sasl.jaas.config has text that is not key=\"value\" after the login module");
        }
        return new JaasLine(head.group(1), options);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String unescape(String value) {
        return value.replaceAll("\\\\(.)", "$1");
    }

    /** Never prints option values: one of them may be a password. */
    @Override
    public String toString() {
        return "JaasLine[" + loginModule + " " + options.keySet() + "]";
    }
}
