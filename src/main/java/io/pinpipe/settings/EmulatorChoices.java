package io.pinpipe.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The Emulator pane's settings of the last run, as typed, so the next demo starts where the last one left off.
 * Never a password or an API key. Any field may be null (an older file, or never set): the pane's default applies.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmulatorChoices(String source, String jdbcUrl, String dbUser, String connection, String sink,
                              String restUrl, String prefix, Boolean createTopics, String pace, String rate,
                              String limit, String count, String duration, String seed, String dateTimes) {
}
