package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decodes any byte buffer as a resource template, checking every length and offset before it reads, so that
 * bad input ends in a {@link ResourceDecodeException} naming the source and offset and never in an unchecked
 * exception. Follows ACPICA where it is lenient: the end tag's checksum and bytes after the end tag are
 * ignored. Stateless and thread-safe.
 */
public final class ResourceDecoder {
    private ResourceDecoder() {
    }

    /** Decodes {@code buffer}; {@code source} and {@code baseOffset} (the buffer's place in it) go into errors. */
    public static ResourceTemplate decode(byte[] buffer, String source, long baseOffset) throws ResourceDecodeException {
        var descriptors = new ArrayList<ResourceDescriptor>();
        int offset = 0;
        while (offset < buffer.length) {
            int tag = buffer[offset] & 0xFF;
            boolean large = (tag & 0x80) != 0;
            int total;
            int item;
            if (large) {
                if (offset + 3 > buffer.length) {
                    throw error(source, baseOffset + offset, "large descriptor header (tag 0x%02X) is truncated".formatted(tag));
                }
                item = tag & 0x7F;
                total = 3 + (int) Bytes.readUnsigned(buffer, offset + 1, 2);
            } else {
                item = (tag >> 3) & 0x0F;
                total = 1 + (tag & 0x07);
            }
            List<DescriptorSpec> candidates = DescriptorTables.candidates(large, item);
            if (candidates.isEmpty()) {
                throw error(source, baseOffset + offset, "unknown %s descriptor tag 0x%02X".formatted(large ? "large" : "small", tag));
            }
            if (offset + total > buffer.length) {
                throw error(source, baseOffset + offset, "%s descriptor length %d runs past the end of the buffer (%d bytes left)"
                        .formatted(candidates.getFirst().name(), total, buffer.length - offset));
            }
            DescriptorSpec spec = choose(candidates, buffer, offset, total, source, baseOffset + offset);
            ResourceDescriptor descriptor = decodeOne(spec, buffer, offset, total, source, baseOffset + offset);
            descriptors.add(descriptor);
            offset += total;
            if (descriptor instanceof EndTagDescriptor) {
                return new ResourceTemplate(descriptors);
            }
        }
        throw error(source, baseOffset + offset, "resource template has no end tag (AE_AML_NO_RESOURCE_END_TAG)");
    }

    /** Picks the kind by its discriminating bytes first, then checks the length against it. */
    private static DescriptorSpec choose(List<DescriptorSpec> candidates, byte[] buffer, int start, int total, String source,
                                         long where) throws ResourceDecodeException {
        List<DescriptorSpec> matching = candidates.stream().filter(s -> s.discriminatorsMatch(buffer, start, total)).toList();
        if (matching.isEmpty()) {
            DescriptorSpec first = candidates.getFirst();
            Field.Const discriminator = first.fields().stream().filter(f -> f instanceof Field.Const c && c.discriminator())
                    .map(f -> (Field.Const) f).findFirst().orElseThrow();
            String value = discriminator.offset() < total
                    ? "%d".formatted(Bytes.readUnsigned(buffer, start + discriminator.offset(), 1)) : "missing";
            throw error(source, where + Math.min(discriminator.offset(), total), "unsupported subtype %s of large item 0x%02X (known: %s)"
                    .formatted(value, 0x80 | first.itemName(), candidates.stream().map(DescriptorSpec::name).toList()));
        }
        for (DescriptorSpec spec : matching) {
            if (spec.variable() ? total >= spec.fixedLength() : total == spec.fixedLength()) {
                return spec;
            }
        }
        DescriptorSpec first = matching.getFirst();
        throw error(source, where, "%s descriptor is %d bytes long; it must be %s%d".formatted(first.name(), total,
                first.variable() ? "at least " : "", first.fixedLength()));
    }

    private static ResourceDescriptor decodeOne(DescriptorSpec spec, byte[] b, int start, int total, String source, long where)
            throws ResourceDecodeException {
        RecordShape shape = spec.shape();
        Object[] values = shape.zeroValues();
        List<Field> fields = spec.fields();
        int cursor = spec.fixedLength();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            int index = field.component().isEmpty() ? -1 : shape.index(field.component());
            switch (field) {
                case Field.Const c -> {
                    // Constants that do not tell kinds apart (reserved bytes) are not checked, as ACPICA does not.
                }
                case Field.Ranged f -> values[index] = (int) Bytes.readUnsigned(b, start + f.offset(), f.width());
                case Field.Num f -> {
                    long v = Bytes.readUnsigned(b, start + f.offset(), f.width());
                    values[index] = shape.componentType(index) == int.class ? (Object) (int) v : (Object) v;
                }
                case Field.Bits f -> {
                    long word = Bytes.readUnsigned(b, start + f.offset(), f.width());
                    values[index] = (int) ((word >>> f.shift()) & ((1L << f.count()) - 1));
                }
                case Field.Mask f -> {
                    long mask = Bytes.readUnsigned(b, start + f.offset(), f.width());
                    var list = new ArrayList<Integer>();
                    for (int bit = 0; bit < f.width() * 8; bit++) {
                        if ((mask & (1L << bit)) != 0) {
                            list.add(bit);
                        }
                    }
                    values[index] = list;
                }
                case Field.PinTable f -> {
                    int[] span = span(spec, fields, i, b, start, total, source, where);
                    if ((span[1] - span[0]) % 2 != 0) {
                        throw error(source, where + f.offsetField(), spec.name() + " pin table is %d bytes, not a whole number of pins"
                                .formatted(span[1] - span[0]));
                    }
                    var pins = new ArrayList<Integer>();
                    for (int p = span[0]; p < span[1]; p += 2) {
                        pins.add((int) Bytes.readUnsigned(b, start + p, 2));
                    }
                    values[index] = pins;
                    cursor = Math.max(cursor, span[1]);
                }
                case Field.OffsetString f -> {
                    int[] span = span(spec, fields, i, b, start, total, source, where);
                    values[index] = string(b, start + span[0], start + span[1]);
                    cursor = Math.max(cursor, span[1]);
                }
                case Field.OffsetVendor f -> {
                    int[] span = span(spec, fields, i, b, start, total, source, where);
                    values[index] = VendorData.of(Arrays.copyOfRange(b, start + span[0], start + span[1]));
                    cursor = Math.max(cursor, span[1]);
                }
                case Field.CountedList f -> {
                    int count = b[start + f.countOffset()] & 0xFF;
                    int end = cursor + count * f.elementWidth();
                    if (end > total) {
                        throw error(source, where + f.countOffset(), "%s lists %d entries but only %d bytes follow"
                                .formatted(spec.name(), count, total - cursor));
                    }
                    var list = new ArrayList<Long>();
                    for (int p = cursor; p < end; p += f.elementWidth()) {
                        list.add(Bytes.readUnsigned(b, start + p, f.elementWidth()));
                    }
                    values[index] = list;
                    cursor = end;
                }
                case Field.OptionalSource f -> {
                    if (cursor < total) {
                        int sourceIndex = b[start + cursor] & 0xFF;
                        Optional<String> path = cursor + 1 < total
                                ? Optional.of(string(b, start + cursor + 1, start + total)) : Optional.empty();
                        values[index] = Optional.of(new ResourceSource(sourceIndex, path));
                    }
                    cursor = total;
                }
                case Field.SerialVendor f -> {
                    int typeLength = (int) Bytes.readUnsigned(b, start + f.lengthField(), 2);
                    int typeStart = f.lengthField() + 2;
                    if (typeLength < f.minimumTypeLength() || typeStart + typeLength > total) {
                        throw error(source, where + f.lengthField(), "%s type data length %d is outside %d..%d"
                                .formatted(spec.name(), typeLength, f.minimumTypeLength(), total - typeStart));
                    }
                    values[index] = VendorData.of(Arrays.copyOfRange(b, start + typeStart + f.minimumTypeLength(),
                            start + typeStart + typeLength));
                    cursor = typeStart + typeLength;
                }
                case Field.TrailingString f -> {
                    values[index] = string(b, start + cursor, start + total);
                    cursor = total;
                }
                case Field.RawBytes f -> {
                    values[index] = VendorData.of(Arrays.copyOfRange(b, start + cursor, start + total));
                    cursor = total;
                }
            }
        }
        try {
            return shape.create(values);
        } catch (IllegalArgumentException e) {
            throw error(source, where, spec.name() + ": " + e.getMessage());
        }
    }

    /**
     * The [start, end) of the offset-addressed part {@code i}: it ends where the next offset-addressed part
     * begins; vendor data ends after its length.
     */
    private static int[] span(DescriptorSpec spec, List<Field> fields, int i, byte[] b, int start, int total, String source,
                              long where) throws ResourceDecodeException {
        Field field = fields.get(i);
        int offsetField = switch (field) {
            case Field.PinTable f -> f.offsetField();
            case Field.OffsetString f -> f.offsetField();
            case Field.OffsetVendor f -> f.offsetField();
            default -> throw new IllegalStateException("not offset-addressed: " + field);
        };
        int from = (int) Bytes.readUnsigned(b, start + offsetField, 2);
        int to;
        if (field instanceof Field.OffsetVendor v) {
            to = from + (int) Bytes.readUnsigned(b, start + v.lengthField(), 2);
        } else {
            to = -1;
            for (int j = i + 1; j < fields.size() && to < 0; j++) {
                to = switch (fields.get(j)) {
                    case Field.PinTable f -> (int) Bytes.readUnsigned(b, start + f.offsetField(), 2);
                    case Field.OffsetString f -> (int) Bytes.readUnsigned(b, start + f.offsetField(), 2);
                    case Field.OffsetVendor f -> (int) Bytes.readUnsigned(b, start + f.offsetField(), 2);
                    default -> -1;
                };
            }
            if (to < 0) {
                to = total;
            }
        }
        if (from < spec.fixedLength() || from > to || to > total) {
            throw error(source, where + offsetField, "%s %s spans descriptor bytes %d..%d, outside %d..%d"
                    .formatted(spec.name(), field.component(), from, to, spec.fixedLength(), total));
        }
        return new int[] {from, to};
    }

    /** Bytes up to the first NUL (or {@code end}), one char per byte so any byte survives a round trip. */
    private static String string(byte[] b, int from, int end) {
        int nul = from;
        while (nul < end && b[nul] != 0) {
            nul++;
        }
        return new String(b, from, nul - from, StandardCharsets.ISO_8859_1);
    }

    private static ResourceDecodeException error(String source, long offset, String reason) {
        return new ResourceDecodeException(source, offset, reason);
    }
}
