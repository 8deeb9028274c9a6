package dev.gpioint.acpi.interpreter;

/**
 * Field units and buffer fields: creates them from {@code Field}, {@code IndexField} and {@code BankField}
 * lists, and reads and writes their bits through the region handlers (ACPI 6.5 section 19.6.48): accesses in
 * the field's access width, naturally aligned, read-modify-write by the update rule where a write covers part
 * of an access unit, the region's length enforced (AE_AML_REGION_LIMIT). A field no wider than an Integer
 * reads as an Integer, a wider one as a Buffer; serial-bus-like spaces move a buffer. Not thread-safe.
 */
final class FieldIo {
    private final Executor ex;

    FieldIo(Executor ex) {
        this.ex = ex;
    }

    // ---- definition ----------------------------------------------------------------------------------

    void define(Term.FieldDef d, Frame f) {
        AmlField.Location location;
        AmlRegion region = null;
        switch (d.kind()) {
            case 0x81 -> {
                region = region(ex.resolve(d.names().get(0), f));
                location = new AmlField.InRegion(region);
            }
            case 0x86 -> location = new AmlField.Indexed(fieldNode(d.names().get(0), f), fieldNode(d.names().get(1), f));
            default -> {
                region = region(ex.resolve(d.names().get(0), f));
                location = new AmlField.Banked(region, fieldNode(d.names().get(1), f), ex.integer(d.bankValue(), f));
            }
        }
        int flags = d.flags();
        int attribute = 0;
        int length = 0;
        byte[] connection = null;
        long bit = 0;
        for (Term.FieldElement e : d.elements()) {
            switch (e) {
                case Term.FieldElement.Reserved r -> bit += r.bits();
                case Term.FieldElement.AccessAs a -> {
                    flags = flags & ~0xF | a.type() & 0xF;
                    attribute = a.attribute();
                    length = a.length();
                }
                case Term.FieldElement.Connection c -> {
                    AmlValue v = ex.deref(ex.eval(c.resource(), f));
                    if (!(v instanceof AmlValue.Buffer b)) {
                        throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "a Connection needs a resource template, found " + v.describe());
                    }
                    connection = b.bytes();
                    // A connection restarts the bit count: each GPIO field counts pins of its own connection.
                    if (region != null && region.space == RegionSpace.GENERAL_PURPOSE_IO) {
                        bit = 0;
                    }
                }
                case Term.FieldElement.Named n -> {
                    if (n.bits() > Integer.MAX_VALUE) {
                        throw new AmlFault(AmlStatus.AE_AML_OPERAND_VALUE, "field " + n.name() + " of " + n.bits() + " bits");
                    }
                    var field = new AmlField(location, bit, (int) n.bits(), flags, attribute, length, connection);
                    ex.define(n.name(), field, f);
                    bit += n.bits();
                }
            }
        }
    }

    private static AmlRegion region(AmlNode node) {
        if (!(node.value() instanceof AmlRegion r)) {
            throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, node.path() + " is not an OperationRegion");
        }
        return r;
    }

    private AmlNode fieldNode(String name, Frame f) {
        AmlNode node = ex.resolve(name, f);
        if (!(node.value() instanceof AmlField)) {
            throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, node.path() + " is not a field");
        }
        return node;
    }

    // ---- field units ---------------------------------------------------------------------------------

    AmlValue read(AmlField field) {
        AmlRegion region = regionOf(field);
        if (region != null && RegionSpace.isBufferSpace(region.space)) {
            byte[] data = handler(region).transfer(access(region, region.offset + field.bitOffset / 8, 8, field),
                    new byte[serialBufferLength(field, region.space)], false);
            return new AmlValue.Buffer(data);
        }
        if (region != null && region.space == RegionSpace.GENERAL_PURPOSE_IO) {
            bank(field);
            long v = handler(region).read(access(region, field.bitOffset, field.bitLength, field));
            return ex.operators.integer(field.bitLength >= 64 ? v : v & ((1L << field.bitLength) - 1));
        }
        byte[] bits = new byte[(field.bitLength + 7) / 8];
        int unit = accessBytes(field, region);
        long first = field.bitOffset / (unit * 8L) * unit;
        long end = field.bitOffset + field.bitLength;
        for (long at = first; at * 8 < end; at += unit) {
            long v = readUnit(field, region, at, unit);
            for (int i = 0; i < unit * 8; i++) {
                long bit = at * 8 + i;
                if (bit >= field.bitOffset && bit < end && (v >>> i & 1) != 0) {
                    int k = (int) (bit - field.bitOffset);
                    bits[k >> 3] |= (byte) (1 << (k & 7));
                }
            }
        }
        return value(bits, field.bitLength);
    }

    void write(AmlField field, AmlValue value) {
        AmlRegion region = regionOf(field);
        if (region != null && RegionSpace.isBufferSpace(region.space)) {
            byte[] data = java.util.Arrays.copyOf(ex.conv.toBuffer(value), serialBufferLength(field, region.space));
            handler(region).transfer(access(region, region.offset + field.bitOffset / 8, 8, field), data, true);
            return;
        }
        byte[] bits = java.util.Arrays.copyOf(ex.conv.toBuffer(value), (field.bitLength + 7) / 8);
        if (region != null && region.space == RegionSpace.GENERAL_PURPOSE_IO) {
            bank(field);
            long v = 0;
            for (int i = Math.min(bits.length, 8) - 1; i >= 0; i--) {
                v = v << 8 | (bits[i] & 0xFF);
            }
            handler(region).write(access(region, field.bitOffset, field.bitLength, field), v);
            return;
        }
        int unit = accessBytes(field, region);
        long first = field.bitOffset / (unit * 8L) * unit;
        long end = field.bitOffset + field.bitLength;
        for (long at = first; at * 8 < end; at += unit) {
            boolean whole = at * 8 >= field.bitOffset && (at + unit) * 8 <= end;
            long v = whole ? 0 : switch (field.updateRule) {
                case 1 -> -1L;
                case 2 -> 0L;
                default -> readUnit(field, region, at, unit);
            };
            for (int i = 0; i < unit * 8; i++) {
                long bit = at * 8 + i;
                if (bit >= field.bitOffset && bit < end) {
                    int k = (int) (bit - field.bitOffset);
                    long one = 1L << i;
                    v = (bits[k >> 3] >> (k & 7) & 1) != 0 ? v | one : v & ~one;
                }
            }
            writeUnit(field, region, at, unit, v);
        }
    }

    private long readUnit(AmlField field, AmlRegion region, long at, int unit) {
        return switch (field.location) {
            case AmlField.Indexed ix -> {
                ex.storeToNode(ix.index(), ex.operators.integer(at));
                yield ex.conv.toInteger(read((AmlField) ix.data().value()));
            }
            default -> {
                checkLimit(field, region, at, unit);
                bank(field);
                yield handler(region).read(access(region, region.offset + at, unit * 8, field));
            }
        };
    }

    private void writeUnit(AmlField field, AmlRegion region, long at, int unit, long v) {
        switch (field.location) {
            case AmlField.Indexed ix -> {
                ex.storeToNode(ix.index(), ex.operators.integer(at));
                write((AmlField) ix.data().value(), ex.operators.integer(v));
            }
            default -> {
                checkLimit(field, region, at, unit);
                bank(field);
                handler(region).write(access(region, region.offset + at, unit * 8, field), unit == 8 ? v : v & ((1L << unit * 8) - 1));
            }
        }
    }

    private void bank(AmlField field) {
        if (field.location instanceof AmlField.Banked b) {
            ex.storeToNode(b.bank(), ex.operators.integer(b.bankValue()));
        }
    }

    private static void checkLimit(AmlField field, AmlRegion region, long at, int unit) {
        if (at + unit > region.length) {
            throw new AmlFault(AmlStatus.AE_AML_REGION_LIMIT, "a " + unit + "-byte access at offset 0x" + Long.toHexString(at)
                    + " runs past the end of " + region.path() + " (0x" + Long.toHexString(region.length) + " bytes)");
        }
    }

    private static AmlRegion regionOf(AmlField field) {
        return switch (field.location) {
            case AmlField.InRegion r -> r.region();
            case AmlField.Banked b -> b.region();
            case AmlField.Indexed i -> null;
        };
    }

    /** The access width in bytes: the declared one, or for AnyAcc the smallest aligned unit that holds the field. */
    private static int accessBytes(AmlField field, AmlRegion region) {
        return switch (field.accessType) {
            case 2 -> 2;
            case 3 -> 4;
            case 4 -> 8;
            case 0 -> {
                for (int unit = 1; unit <= 8; unit <<= 1) {
                    long bits = unit * 8L;
                    boolean fits = field.bitOffset / bits == (field.bitOffset + field.bitLength - 1) / bits;
                    if (fits && (region == null || unit <= Math.max(1, region.length))) {
                        yield unit;
                    }
                }
                yield 1;
            }
            default -> 1;
        };
    }

    /**
     * The buffer a serial-bus-like field moves (ACPI 6.5 section 19.6.48): SMBus always 34 bytes, IPMI 66,
     * GenericSerialBus and PCC a status byte, a length byte and the protocol's data (AttribByte one byte,
     * AttribWord two, AttribBlock 32, AttribBytes and the raw protocols the AccessAs length).
     */
    static int serialBufferLength(AmlField field, int space) {
        return switch (space) {
            case RegionSpace.SMBUS -> 34;
            case RegionSpace.IPMI -> 66;
            default -> 2 + protocolLength(field.accessAttribute, field.accessLength, field.bitLength);
        };
    }

    /** The data length of a serial-bus protocol (the AccessAs attribute). */
    static int protocolLength(int attribute, int accessLength, int bitLength) {
        return switch (attribute) {
            case 0x02 -> 0;                    // Quick
            case 0x04, 0x06 -> 1;              // SendReceive, Byte
            case 0x08, 0x0C -> 2;              // Word, ProcessCall
            case 0x0A, 0x0D -> 32;             // Block, BlockProcessCall
            case 0x0B, 0x0E, 0x0F -> accessLength; // Bytes, RawBytes, RawProcessBytes
            default -> Math.max(1, (bitLength + 7) / 8);
        };
    }

    private RegionHandler handler(AmlRegion region) {
        return ex.interpreter.handler(region.space).orElseThrow(() -> new AmlFault(AmlStatus.AE_NOT_EXIST,
                "no handler serves the " + RegionSpace.name(region.space) + " space of " + region.path()));
    }

    private static RegionAccess access(AmlRegion region, long address, int bits, AmlField field) {
        return new RegionAccess(region.space, address, bits, region.path(), "field of " + region.path(), field.connection,
                field.accessAttribute, field.accessLength);
    }

    // ---- buffer fields -------------------------------------------------------------------------------

    AmlValue read(AmlBufferField field) {
        byte[] bits = new byte[(field.bitLength + 7) / 8];
        byte[] data = field.buffer.data;
        if (field.bitOffset % 8 == 0 && field.bitLength % 8 == 0) {
            System.arraycopy(data, (int) (field.bitOffset / 8), bits, 0, bits.length);
        } else {
            for (int k = 0; k < field.bitLength; k++) {
                long bit = field.bitOffset + k;
                if ((data[(int) (bit >> 3)] >> (bit & 7) & 1) != 0) {
                    bits[k >> 3] |= (byte) (1 << (k & 7));
                }
            }
        }
        return field.alwaysBuffer ? new AmlValue.Buffer(bits) : value(bits, field.bitLength);
    }

    void write(AmlBufferField field, AmlValue value) {
        byte[] src = java.util.Arrays.copyOf(value instanceof AmlValue.Str s ? s.bytes() : ex.conv.toBuffer(value), (field.bitLength + 7) / 8);
        byte[] data = field.buffer.data;
        for (int k = 0; k < field.bitLength; k++) {
            long bit = field.bitOffset + k;
            int mask = 1 << (bit & 7);
            if ((src[k >> 3] >> (k & 7) & 1) != 0) {
                data[(int) (bit >> 3)] |= (byte) mask;
            } else {
                data[(int) (bit >> 3)] &= (byte) ~mask;
            }
        }
    }

    private AmlValue value(byte[] bits, int bitLength) {
        if (bitLength > ex.conv.integerBytes() * 8) {
            return new AmlValue.Buffer(bits);
        }
        long v = 0;
        for (int i = bits.length - 1; i >= 0; i--) {
            v = v << 8 | (bits[i] & 0xFF);
        }
        return new AmlValue.Integer(v);
    }

    // ---- Load ----------------------------------------------------------------------------------------

    /** The bytes a {@code Load} source holds: a whole region, a field, or a buffer. */
    byte[] tableImage(AmlValue source) {
        return switch (source) {
            case AmlRegion region -> {
                if (region.length > 1 << 24) {
                    throw new AmlFault(AmlStatus.AE_BAD_HEADER, "Load from a region of " + region.length + " bytes");
                }
                byte[] out = new byte[(int) region.length];
                RegionHandler h = handler(region);
                for (int i = 0; i < out.length; i++) {
                    out[i] = (byte) h.read(new RegionAccess(region.space, region.offset + i, 8, region.path(), region.path(), null, 0, 0));
                }
                yield out;
            }
            case AmlField field -> ex.conv.toBuffer(read(field));
            case AmlValue.Buffer b -> b.bytes();
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "Load from " + source.describe());
        };
    }
}
