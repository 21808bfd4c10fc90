package io.pinpipe.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The REST proxy's invoke URL: what the emulator form and {@code pinpipe emulate --rest-url} accept, and what they say. */
class RestProxyUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://abc123.execute-api.us-east-1.amazonaws.com/prod", "http://127.0.0.1:8082/default",
            " HTTPS://proxy/ ", "http://[::1]:8080/x", "https://proxy?stage=1"})
    void anHttpUrlWithAHostIsTaken(String text) {
        assertThat(RestProxyUrl.problem(text)).isEmpty();
        assertThat(RestProxyUrl.parse(text)).isEqualTo(URI.create(text.strip()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "//host/stage|The REST proxy URL must start with http:// or https://, not '//host/stage'; e.g. " + RestProxyUrl.EXAMPLE,
            "host/stage|The REST proxy URL must start with http:// or https://, not 'host/stage'; e.g. " + RestProxyUrl.EXAMPLE,
            "ftp://x|The REST proxy URL must start with http:// or https://, not 'ftp://x'; e.g. " + RestProxyUrl.EXAMPLE,
            "http:host|The REST proxy URL must start with http:// or https://, not 'http:host'; e.g. " + RestProxyUrl.EXAMPLE,
            "http://|'http://' has no host after http://; e.g. " + RestProxyUrl.EXAMPLE,
            "https:///stage|'https:///stage' has no host after https://; e.g. " + RestProxyUrl.EXAMPLE,
            "http://ho st/stage|'http://ho st/stage' has a space in it, which a URL cannot have (%20 in a path)",
            "http://host/st age|'http://host/st age' has a space in it, which a URL cannot have (%20 in a path)",
            "http://host/a^b|'http://host/a^b' is not a URL (illegal character in path at character 14); e.g. " + RestProxyUrl.EXAMPLE,
            "http://ho_st/x|'http://ho_st/x' names no host a URL allows (letters, digits, '-' and '.'); e.g. " + RestProxyUrl.EXAMPLE,
            "http://host:99999/x|Port 99999 in 'http://host:99999/x' is out of range: 1 to 65535",
            "http://host:0/x|Port 0 in 'http://host:0/x' is out of range: 1 to 65535"})
    void aMalformedUrlIsOneSentence(String text, String message) {
        assertThat(RestProxyUrl.problem(text)).contains(message);
        assertThatThrownBy(() -> RestProxyUrl.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void anEmptyUrlAsksForOne() {
        assertThat(RestProxyUrl.problem("  ")).contains("The REST proxy URL is empty: give its invoke URL, such as "
                + RestProxyUrl.EXAMPLE);
    }
}
