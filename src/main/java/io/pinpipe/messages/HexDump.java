package io.pinpipe.messages;

/**
 * Bytes as a classic hex dump, 16 a line: the offset, the bytes in hex (a gap after 8), and the printable ASCII
 * ({@code .} for the rest), as {@code hexdump -C} shows them.
 */
final class HexDump {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private HexDump() {
    }

    static String of(byte[] bytes) {
        var out = new StringBuilder((bytes.length / 16 + 1) * 78);
        for (int line = 0; line < bytes.length; line += 16) {
            if (line > 0) {
                out.append('\n');
            }
            out.append(String.format("%08x ", line));
            for (int i = 0; i < 16; i++) {
                out.append(i == 8 ? "  " : " ");
                if (line + i < bytes.length) {
                    int b = bytes[line + i] & 0xff;
                    out.append(DIGITS[b >> 4]).append(DIGITS[b & 0xf]);
                } else {
                    out.append("  ");
                }
            }
            out.append("  |");
            for (int i = line; i < Math.min(line + 16, bytes.length); i++) {
                int b = bytes[i] & 0xff;
                out.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            out.append('|');
        }
        return out.toString();
    }
}
