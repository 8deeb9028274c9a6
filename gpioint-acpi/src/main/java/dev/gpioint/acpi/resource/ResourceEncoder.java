package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Encodes descriptors to AML bytes the way iasl lays them out: fixed part, then pins, strings and vendor data
 * in the order the table declares, every offset field pointing at its part. Values that do not fit their
 * field are programming errors here (the ASL compiler reports them as source errors first) and throw
 * IllegalArgumentException. Stateless and thread-safe.
 */
public final class ResourceEncoder {
    private ResourceEncoder() {
    }

    /** The bytes of a whole template, end tag included. */
    public static byte[] encode(ResourceTemplate template) {
        var out = new ByteArrayOutputStream();
        for (ResourceDescriptor d : template.descriptors()) {
            out.writeBytes(encode(d));
        }
        return out.toByteArray();
    }

    /** The bytes of one descriptor, header included. */
    public static byte[] encode(ResourceDescriptor descriptor) {
        DescriptorSpec spec = DescriptorTables.specOf(descriptor);
        RecordShape shape = spec.shape();
        byte[] fixed = new byte[spec.fixedLength()];
        var tail = new ByteArrayOutputStream();
        for (Field field : spec.fields()) {
            Object value = field.component().isEmpty() ? null : shape.get(descriptor, field.component());
            switch (field) {
                case Field.Const c -> Bytes.write(fixed, c.offset(), c.width(), c.value());
                case Field.Ranged f -> {
                    long v = asLong(value);
                    if (v < f.min() || v > f.max()) {
                        throw new IllegalArgumentException(spec.name() + "." + f.component() + ": " + v + " is outside " + f.min() + ".." + f.max());
                    }
                    Bytes.write(fixed, f.offset(), f.width(), v);
                }
                case Field.Num f -> Bytes.write(fixed, f.offset(), f.width(), fit(spec, f.component(), asLong(value), f.width() * 8));
                case Field.Bits f -> {
                    long bits = fit(spec, f.component(), asLong(value), f.count());
                    long word = Bytes.readUnsigned(fixed, f.offset(), f.width()) | (bits << f.shift());
                    Bytes.write(fixed, f.offset(), f.width(), word);
                }
                case Field.Mask f -> {
                    long mask = 0;
                    for (Object n : (List<?>) value) {
                        long bit = fit(spec, f.component(), asLong(n), 0) ;
                        if (bit >= f.width() * 8L) {
                            throw new IllegalArgumentException(spec.name() + "." + f.component() + ": " + bit + " does not fit the mask");
                        }
                        mask |= 1L << bit;
                    }
                    Bytes.write(fixed, f.offset(), f.width(), mask);
                }
                case Field.PinTable f -> {
                    offsetField(spec, fixed, f.offsetField(), tail);
                    for (Object pin : (List<?>) value) {
                        writeLe(tail, fit(spec, f.component(), asLong(pin), 16), 2);
                    }
                }
                case Field.OffsetString f -> {
                    offsetField(spec, fixed, f.offsetField(), tail);
                    writeString(tail, (String) value);
                }
                case Field.OffsetVendor f -> {
                    offsetField(spec, fixed, f.offsetField(), tail);
                    VendorData vendor = (VendorData) value;
                    Bytes.write(fixed, f.lengthField(), 2, fit(spec, f.component(), vendor.length(), 16));
                    tail.writeBytes(vendor.toArray());
                }
                case Field.CountedList f -> {
                    List<?> list = (List<?>) value;
                    Bytes.write(fixed, f.countOffset(), 1, fit(spec, f.component() + " count", list.size(), 8));
                    for (Object n : list) {
                        writeLe(tail, fit(spec, f.component(), asLong(n), f.elementWidth() * 8), f.elementWidth());
                    }
                }
                case Field.OptionalSource f -> {
                    Optional<?> source = (Optional<?>) value;
                    if (source.isPresent()) {
                        ResourceSource rs = (ResourceSource) source.get();
                        tail.write(rs.index());
                        rs.path().ifPresent(p -> writeString(tail, p));
                    }
                }
                case Field.SerialVendor f -> {
                    VendorData vendor = (VendorData) value;
                    Bytes.write(fixed, f.lengthField(), 2, fit(spec, f.component(), f.minimumTypeLength() + vendor.length(), 16));
                    tail.writeBytes(vendor.toArray());
                }
                case Field.TrailingString f -> writeString(tail, (String) value);
                case Field.RawBytes f -> tail.writeBytes(((VendorData) value).toArray());
            }
        }
        byte[] all = new byte[fixed.length + tail.size()];
        System.arraycopy(fixed, 0, all, 0, fixed.length);
        System.arraycopy(tail.toByteArray(), 0, all, fixed.length, tail.size());
        if (spec.large()) {
            all[0] = (byte) (0x80 | spec.itemName());
            Bytes.write(all, 1, 2, fit(spec, "length", all.length - 3, 16));
        } else {
            all[0] = (byte) ((spec.itemName() << 3) | fit(spec, "length", all.length - 1, 3));
        }
        return all;
    }

    private static void offsetField(DescriptorSpec spec, byte[] fixed, int offsetField, ByteArrayOutputStream tail) {
        Bytes.write(fixed, offsetField, 2, fit(spec, "offset", fixed.length + tail.size(), 16));
    }

    private static long asLong(Object value) {
        return ((Number) value).longValue();
    }

    /** The value, checked to fit {@code bits} unsigned bits (0 = no limit beyond non-negative, 64 = any). */
    private static long fit(DescriptorSpec spec, String what, long value, int bits) {
        boolean ok = bits >= 64 || (value >= 0 && (bits == 0 || value < (1L << bits)));
        if (!ok) {
            throw new IllegalArgumentException(spec.name() + "." + what + " = " + value + " does not fit " + bits + " bits");
        }
        return value;
    }

    private static void writeLe(ByteArrayOutputStream out, long value, int width) {
        for (int i = 0; i < width; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }

    private static void writeString(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
    }
}
