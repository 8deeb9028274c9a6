package dev.gpioint.acpi.oracle;

/** Writes tables as acpidump prints them, for tests that need acpidump text without a machine to dump. */
public final class AcpidumpWriter {
    private AcpidumpWriter() {
    }

    /** One table: a {@code SIGN @ 0xADDRESS} line, then 16 bytes a line with an ASCII column, then a blank line. */
    public static String table(String signature, byte[] table) {
        var out = new StringBuilder(signature).append(" @ 0x0000000000000000\n");
        for (int off = 0; off < table.length; off += 16) {
            out.append(String.format("    %04X: ", off));
            var ascii = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (off + i < table.length) {
                    int b = table[off + i] & 0xFF;
                    out.append(String.format("%02X ", b));
                    ascii.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
                } else {
                    out.append("   ");
                }
            }
            out.append(' ').append(ascii).append('\n');
        }
        return out.append('\n').toString();
    }
}
