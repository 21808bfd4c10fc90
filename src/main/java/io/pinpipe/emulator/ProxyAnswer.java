package io.pinpipe.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a REST proxy v2 produce answer, {@code {"offsets":[{"partition":0,"offset":N,"error_code":null,"error":null}]}},
 * one entry per record in order: an entry with an error is a failed record, one with an offset an acked record.
 */
final class ProxyAnswer {

    private final ObjectMapper mapper;

    ProxyAnswer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void account(String body, SourceTable table, int records, EmulatorStats stats) {
        JsonNode offsets;
        try {
            offsets = mapper.readTree(body).path("offsets");
        } catch (Exception e) {
            offsets = mapper.missingNode();
        }
        for (int i = 0; i < records; i++) {
            var entry = offsets.path(i);
            if (entry.isMissingNode()) {
                stats.failed(table, "The REST proxy's answer has no offset for this record: " + abbreviated(body));
            } else if (!entry.path("error_code").isNull() && !entry.path("error_code").isMissingNode()) {
                stats.failed(table, "REST proxy error " + entry.path("error_code").asText() + ": "
                        + entry.path("error").asText("no message"));
            } else {
                stats.acked(table);
            }
        }
    }

    private static String abbreviated(String body) {
        var text = body == null ? "" : body.strip();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
