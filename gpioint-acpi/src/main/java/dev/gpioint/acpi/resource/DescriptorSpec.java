package dev.gpioint.acpi.resource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The declarative description of one descriptor kind: its item name, binary layout, and the ASL macros that
 * build it. The encoder, decoder, printer and ASL compiler all work from this description alone.
 *
 * @param name        the kind's name for messages ("GpioInt")
 * @param type        the record that holds it
 * @param large       large item (tag {@code 0x80 | itemName}, 16-bit length) or small item
 * @param itemName    the item name (bits 6:3 of a small tag, bits 6:0 of a large one)
 * @param fixedLength bytes of the fixed part, header included
 * @param variable    whether a variable part may follow the fixed part
 * @param fields      the layout
 * @param forms       the ASL macros; the first one that fits a descriptor is the one it prints as
 */
public record DescriptorSpec(String name, Class<? extends ResourceDescriptor> type, boolean large, int itemName,
                             int fixedLength, boolean variable, List<Field> fields, List<AslForm> forms) {

    public DescriptorSpec {
        fields = List.copyOf(fields);
        forms = List.copyOf(forms);
        Objects.requireNonNull(type, "type");
    }

    /** The reflective access to the record, shared by all users of this spec. */
    RecordShape shape() {
        return DescriptorTables.shapeOf(this);
    }

    /** The header size: 1 for small items, 3 for large. */
    int headerLength() {
        return large ? 3 : 1;
    }

    /** True when the discriminating constants of this kind match the descriptor at {@code start}. */
    boolean discriminatorsMatch(byte[] buffer, int start, int total) {
        for (Field field : fields) {
            if (field instanceof Field.Const c && c.discriminator()) {
                if (c.offset() + c.width() > total) {
                    return false;
                }
                if (Bytes.readUnsigned(buffer, start + c.offset(), c.width()) != c.value()) {
                    return false;
                }
            } else if (field instanceof Field.Ranged r) {
                if (r.offset() + r.width() > total) {
                    return false;
                }
                long value = Bytes.readUnsigned(buffer, start + r.offset(), r.width());
                if (value < r.min() || value > r.max()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The ASL form a descriptor prints as: the first whose fixed values it holds, else the first. */
    AslForm formFor(ResourceDescriptor descriptor) {
        for (AslForm form : forms) {
            if (fits(form, descriptor)) {
                return form;
            }
        }
        return forms.getFirst();
    }

    /** True when every value of {@code descriptor} can be written with {@code form}. */
    boolean fits(AslForm form, ResourceDescriptor descriptor) {
        RecordShape shape = shape();
        for (Map.Entry<String, Object> fixed : form.fixed().entrySet()) {
            if (!shape.get(descriptor, fixed.getKey()).equals(fixed.getValue())) {
                return false;
            }
        }
        // Components split over several keyword arguments: bits no argument covers must be zero.
        Map<String, Long> covered = new java.util.HashMap<>();
        for (AslArg arg : form.args()) {
            if (arg instanceof AslArg.Keyword k && k.bits() > 0) {
                covered.merge(k.component(), ((1L << k.bits()) - 1) << k.shift(), (a, b) -> a | b);
            }
        }
        for (Map.Entry<String, Long> c : covered.entrySet()) {
            long value = ((Number) shape.get(descriptor, c.getKey())).longValue();
            if ((value & ~c.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Checks that each component is filled by the layout and, per form, by an argument or a fixed value. */
    void validate() {
        RecordShape shape = shape();
        var laidOut = new HashSet<String>();
        for (Field f : fields) {
            if (!f.component().isEmpty()) {
                shape.index(f.component());
                laidOut.add(f.component());
            }
        }
        for (int i = 0; i < shape.size(); i++) {
            if (!laidOut.contains(shape.name(i))) {
                throw new IllegalStateException(name + ": component " + shape.name(i) + " has no place in the layout");
            }
        }
        for (AslForm form : forms) {
            var set = new HashSet<>(form.fixed().keySet());
            form.args().forEach(a -> set.add(a.component()));
            set.remove("");
            form.braces().ifPresent(b -> set.add(b.component()));
            for (int i = 0; i < shape.size(); i++) {
                if (!set.contains(shape.name(i))) {
                    throw new IllegalStateException(form.macro() + ": component " + shape.name(i) + " has no argument or fixed value");
                }
            }
        }
    }
}
