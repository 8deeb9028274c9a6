package dev.gpioint.acpi.interpreter;

import dev.gpioint.acpi.aml.AcpiTable;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * A few random byte edits (flip a bit, insert, delete or overwrite bytes) inside the AML of a table, after its
 * 36-byte header; applied to a table the edits leave a header that still passes: the length field follows the
 * new size and the checksum at byte 9 is made right again, so a loader gets past the header and into the mangled
 * AML, which is what is to be tested. Made from a seed so a failing case can be rebuilt from what it prints.
 */
record AmlMutation(long seed, List<Edit> edits) {

    /** One edit at {@code offset} (counted in the table as it is when the edit is applied). */
    record Edit(Kind kind, int offset, byte[] bytes) {
        @Override
        public String toString() {
            return kind + "@0x" + Integer.toHexString(offset)
                    + (bytes.length == 0 ? "" : "[" + HexFormat.ofDelimiter(" ").formatHex(bytes) + "]");
        }
    }

    /** Flip one bit (bytes holds the mask), insert or overwrite the given bytes, or delete bytes.length bytes. */
    enum Kind { FLIP, INSERT, DELETE, OVERWRITE }

    /**
     * One to four edits for a table of {@code length} bytes, chosen by {@code seed}. Most of a big table is code
     * no test runs, so each edit lands, one time in two, inside one of the {@code hot} ranges ({@code [start, end)}
     * table offsets, e.g. the bodies of the methods that will be evaluated) while the offsets still point there.
     */
    static AmlMutation random(long seed, int length, List<int[]> hot) {
        var random = new Random(seed);
        var edits = new ArrayList<Edit>();
        int size = length;
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count && size > AcpiTable.HEADER_LENGTH + 1; i++) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            int offset = AcpiTable.HEADER_LENGTH + random.nextInt(size - AcpiTable.HEADER_LENGTH);
            if (!hot.isEmpty() && random.nextBoolean()) {
                int[] range = hot.get(random.nextInt(hot.size()));
                if (range[1] > range[0] && range[1] <= size) {
                    offset = range[0] + random.nextInt(range[1] - range[0]);
                }
            }
            int n = 1 + random.nextInt(3);
            Edit edit = switch (kind) {
                case FLIP -> new Edit(kind, offset, new byte[] {(byte) (1 << random.nextInt(8))});
                case INSERT -> new Edit(kind, offset, randomBytes(random, n));
                case DELETE -> new Edit(kind, offset, new byte[Math.min(n, size - offset)]);
                case OVERWRITE -> new Edit(kind, offset, randomBytes(random, Math.min(n, size - offset)));
            };
            size += kind == Kind.INSERT ? n : kind == Kind.DELETE ? -edit.bytes().length : 0;
            edits.add(edit);
        }
        return new AmlMutation(seed, List.copyOf(edits));
    }

    /**
     * Bytes that AML is made of more often than chance would pick: opcodes that open scopes and methods, package
     * lengths, name characters and the extended-opcode prefix, mixed with anything at all.
     */
    private static byte[] randomBytes(Random random, int n) {
        byte[] interesting = {0x00, 0x01, (byte) 0xFF, 0x5B, 0x10, 0x14, 0x08, 0x0A, 0x0B, 0x0C, 0x0E, 0x11, 0x12, 0x5C,
                0x5E, 0x2E, 0x2F, 0x5F, 0x41, (byte) 0xA4, (byte) 0xA2, 0x70, (byte) 0x82, 0x7F, 0x40, (byte) 0x80, (byte) 0xC0};
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt(256);
        }
        return b;
    }

    /** The table with the edits applied, its length field and checksum fixed. */
    byte[] apply(byte[] table) {
        byte[] t = table.clone();
        for (Edit e : edits) {
            var out = new ByteArrayOutputStream();
            switch (e.kind()) {
                case FLIP -> t[e.offset()] ^= e.bytes()[0];
                case OVERWRITE -> System.arraycopy(e.bytes(), 0, t, e.offset(), e.bytes().length);
                case INSERT -> {
                    out.write(t, 0, e.offset());
                    out.writeBytes(e.bytes());
                    out.write(t, e.offset(), t.length - e.offset());
                    t = out.toByteArray();
                }
                case DELETE -> {
                    out.write(t, 0, e.offset());
                    int after = e.offset() + e.bytes().length;
                    out.write(t, after, t.length - after);
                    t = out.toByteArray();
                }
            }
        }
        // Length (bytes 4..7, little endian) and checksum (byte 9: all bytes sum to zero) as a valid header has them.
        for (int i = 0; i < 4; i++) {
            t[4 + i] = (byte) (t.length >>> (8 * i));
        }
        t[9] = 0;
        int sum = 0;
        for (byte b : t) {
            sum += b;
        }
        t[9] = (byte) -sum;
        return t;
    }

    @Override
    public String toString() {
        return "mutation seed " + seed + ": " + edits;
    }
}
