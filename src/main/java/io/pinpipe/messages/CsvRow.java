package io.pinpipe.messages;

import java.util.Base64;

/** One message as an RFC 4180 CSV row (no line end): fields with commas, quotes or line breaks are quoted. */
final class CsvRow {

    static final String HEADER = "partition,offset,timestamp,timestampType,key,value,headers";

    private CsvRow() {
    }

    static String of(Message message) {
        return message.partition() + "," + message.offset() + "," + message.timestamp() + ","
                + message.timestampType().name() + "," + field(bytes(message.key())) + ","
                + field(bytes(message.value())) + "," + field(message.headers().isEmpty() ? "" : MessageJson.headers(message.headers()));
    }

    static String bytes(byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        return Utf8.text(bytes).orElseGet(() -> "base64:" + Base64.getEncoder().encodeToString(bytes));
    }

    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
