package io.pinpipe.messages;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes as text only when they are valid UTF-8 (so the text encodes back to exactly the same bytes): the one strict
 * check shared by rendering, file lines and the produce form.
 */
public final class Utf8 {

    private Utf8() {
    }

    public static Optional<String> text(byte[] bytes) {
        return text(bytes, 0, bytes.length);
    }

    /** The {@code length} bytes from {@code offset} as text, or empty when they are not valid UTF-8. */
    public static Optional<String> text(byte[] bytes, int offset, int length) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Whether the bytes are valid UTF-8 text; null (no bytes at all) counts as text. */
    public static boolean isText(byte[] bytes) {
        return bytes == null || text(bytes).isPresent();
    }

    /**
     * The first {@code length} bytes as text (a character cut at the end is left out), or null when they are not
     * valid UTF-8.
     */
    static CharSequence prefix(byte[] bytes, int length) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(length);
        java.nio.charset.CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, length), out, length == bytes.length);
        if (result.isError()) {
            return null;
        }
        if (length == bytes.length) {
            if (decoder.flush(out).isError()) {
                return null;
            }
        }
        return out.flip();
    }
}
