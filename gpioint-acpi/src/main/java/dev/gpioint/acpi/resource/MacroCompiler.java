package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns the arguments of one ASL resource macro into a descriptor, using the macro's {@link AslForm}: applies
 * iasl's defaults, checks required arguments, keywords and ranges, and reports every problem it finds with the
 * index of the argument at fault. Stateless and thread-safe.
 */
public final class MacroCompiler {
    private MacroCompiler() {
    }

    /** Where a problem is: an argument index, {@link #BRACES} for the braced list, {@link #WHOLE} for the call. */
    public record Problem(int argument, String message) {
    }

    /** The argument index of the braced list. */
    public static final int BRACES = -1;
    /** The argument index meaning the macro call as a whole. */
    public static final int WHOLE = -2;

    /** A descriptor or the problems that prevented it. */
    public sealed interface Result {
        /** The macro compiled. */
        record Built(ResourceDescriptor descriptor) implements Result {
        }

        /** The macro did not compile; at least one problem. */
        record Rejected(List<Problem> problems) implements Result {
        }
    }

    /**
     * Compiles {@code form} with {@code args} (empty entries are omitted arguments) and the braced list
     * {@code braces} (empty when the call had none).
     */
    public static Result compile(AslForm form, List<Optional<AslValue>> args, Optional<List<Long>> braces) {
        DescriptorSpec spec = DescriptorTables.specOf(form);
        RecordShape shape = spec.shape();
        Object[] values = shape.zeroValues();
        var problems = new ArrayList<Problem>();
        form.fixed().forEach((name, value) -> set(shape, values, name, ((Number) value).longValue()));
        if (args.size() > form.args().size()) {
            problems.add(new Problem(form.args().size(), form.macro() + " takes at most " + form.args().size() + " arguments"));
        }
        OptionalLong sourceIndex = OptionalLong.empty();
        Optional<String> sourcePath = Optional.empty();
        int sourcePathArg = -1;
        for (int i = 0; i < form.args().size(); i++) {
            AslArg arg = form.args().get(i);
            Optional<AslValue> given = i < args.size() ? args.get(i) : Optional.empty();
            final int at = i;
            switch (arg) {
                case AslArg.Keyword k -> {
                    OptionalLong v = given.isPresent() ? keyword(k.keywords(), given.get(), at, problems)
                            : required(k.defaultValue(), k.keywords().name(), form, at, problems);
                    v.ifPresent(x -> {
                        if (k.bits() > 0) {
                            long old = ((Number) values[shape.index(k.component())]).longValue();
                            set(shape, values, k.component(), old | (x << k.shift()));
                        } else {
                            set(shape, values, k.component(), x);
                        }
                    });
                }
                case AslArg.Number n -> {
                    OptionalLong v = given.isPresent() ? number(n, given.get(), at, problems)
                            : required(n.defaultValue(), n.component(), form, at, problems);
                    if (n.component().equals("configType") && v.isPresent() && v.getAsLong() > 0x0D && v.getAsLong() < 0x80) {
                        // Types 0x0E-0x7F are reserved; iasl rejects them, vendor types start at 0x80.
                        problems.add(new Problem(at, "pin configuration type " + ResourcePrinter.hex(v.getAsLong())
                                + " is reserved: expected 0x00-0x0D or a vendor type 0x80-0xFF"));
                    }
                    v.ifPresent(x -> set(shape, values, n.component(), x));
                }
                case AslArg.Text t -> {
                    if (given.isEmpty()) {
                        problems.add(new Problem(at, "missing " + t.component() + " (required), expected a string"));
                    } else if (given.get() instanceof AslValue.Text s) {
                        values[shape.index(t.component())] = s.value();
                    } else {
                        problems.add(new Problem(at, "expected a string for " + t.component()));
                    }
                }
                case AslArg.SourceIndex s -> {
                    if (given.isPresent()) {
                        sourceIndex = number(new AslArg.Number(s.component(), 0xFF, OptionalLong.empty()), given.get(), at, problems);
                    }
                }
                case AslArg.SourcePath s -> {
                    if (given.isPresent()) {
                        if (given.get() instanceof AslValue.Text t) {
                            sourcePath = Optional.of(t.value());
                            sourcePathArg = at;
                        } else {
                            problems.add(new Problem(at, "expected a ResourceSource string"));
                        }
                    }
                }
                case AslArg.DescriptorName d -> {
                    if (given.isPresent() && !(given.get() instanceof AslValue.Word)) {
                        problems.add(new Problem(at, "expected a DescriptorName (a name of up to 4 characters)"));
                    }
                }
                case AslArg.Ignored ig -> {
                    if (given.isPresent()) {
                        keyword(ig.keywords(), given.get(), at, problems);
                    }
                }
                case AslArg.Vendor v -> {
                    if (given.isPresent()) {
                        if (given.get() instanceof AslValue.Raw raw) {
                            values[shape.index(v.component())] = raw.bytes();
                        } else {
                            problems.add(new Problem(at, "expected RawDataBuffer (n) {bytes} for vendor data"));
                        }
                    }
                }
                case AslArg.Braces b -> throw new IllegalStateException("braces are not an argument");
            }
        }
        for (AslArg arg : form.args()) {
            if (arg instanceof AslArg.SourceIndex s) {
                if (sourcePath.isPresent() && sourceIndex.isEmpty()) {
                    problems.add(new Problem(sourcePathArg, "ResourceSource needs a ResourceSourceIndex before it (iasl requires one)"));
                } else if (sourceIndex.isPresent()) {
                    values[shape.index(s.component())] = Optional.of(new ResourceSource((int) sourceIndex.getAsLong(), sourcePath));
                }
            }
        }
        braces(form, braces, shape, values, problems);
        if (!problems.isEmpty()) {
            return new Result.Rejected(problems);
        }
        try {
            return new Result.Built(shape.create(values));
        } catch (IllegalArgumentException e) {
            return new Result.Rejected(List.of(new Problem(WHOLE, e.getMessage())));
        }
    }

    private static void braces(AslForm form, Optional<List<Long>> given, RecordShape shape, Object[] values, List<Problem> problems) {
        if (form.braces().isEmpty()) {
            if (given.isPresent() && !given.get().isEmpty()) {
                problems.add(new Problem(BRACES, form.macro() + " takes no {list}"));
            }
            return;
        }
        AslArg.Braces b = form.braces().get();
        List<Long> list = given.orElse(List.of());
        if (list.size() < b.minCount() || list.size() > b.maxCount()) {
            problems.add(new Problem(BRACES, b.minCount() == b.maxCount()
                    ? form.macro() + " takes exactly " + b.minCount() + " entr" + (b.minCount() == 1 ? "y" : "ies") + " in {}, found " + list.size()
                    : form.macro() + " takes " + b.minCount() + " to " + b.maxCount() + " entries in {}, found " + list.size()));
            return;
        }
        if (list.stream().distinct().count() != list.size()) {
            // iasl rejects repeated pins, IRQs, channels and interrupt numbers ("Duplicate value in list").
            problems.add(new Problem(BRACES, "the list of " + form.macro() + " repeats a value"));
            return;
        }
        for (long v : list) {
            if (v < 0 || (b.maxValue() >= 0 && v > b.maxValue())) {
                problems.add(new Problem(BRACES, "list entry " + ResourcePrinter.hex(v) + " is out of range 0.." + ResourcePrinter.hex(b.maxValue())));
                return;
            }
        }
        values[shape.index(b.component())] = switch (b.kind()) {
            case INTS -> list.stream().map(Long::intValue).toList();
            case LONGS -> List.copyOf(list);
            case BYTES -> {
                byte[] bytes = new byte[list.size()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = list.get(i).byteValue();
                }
                yield VendorData.of(bytes);
            }
        };
    }

    private static OptionalLong keyword(Keywords keywords, AslValue value, int at, List<Problem> problems) {
        if (value instanceof AslValue.Word w) {
            OptionalLong v = keywords.valueOf(w.text());
            if (v.isEmpty()) {
                problems.add(new Problem(at, "expected " + keywords.name() + ": " + keywords.describe() + ", found " + w.text()));
            }
            return v;
        }
        if (value instanceof AslValue.Int n && keywords.acceptsNumber(n.value())) {
            return OptionalLong.of(n.value());
        }
        problems.add(new Problem(at, "expected " + keywords.name() + ": " + keywords.describe()));
        return OptionalLong.empty();
    }

    private static OptionalLong number(AslArg.Number arg, AslValue value, int at, List<Problem> problems) {
        if (value instanceof AslValue.Int n) {
            if (arg.maxValue() >= 0 && Long.compareUnsigned(n.value(), arg.maxValue()) > 0) {
                problems.add(new Problem(at, arg.component() + " " + ResourcePrinter.hex(n.value()) + " is out of range 0.."
                        + ResourcePrinter.hex(arg.maxValue())));
                return OptionalLong.empty();
            }
            return OptionalLong.of(n.value());
        }
        problems.add(new Problem(at, "expected a number for " + arg.component()));
        return OptionalLong.empty();
    }

    private static OptionalLong required(OptionalLong defaultValue, String what, AslForm form, int at, List<Problem> problems) {
        if (defaultValue.isEmpty()) {
            problems.add(new Problem(at, "missing " + what + " (required by " + form.macro() + ")"));
        }
        return defaultValue;
    }

    private static void set(RecordShape shape, Object[] values, String component, long value) {
        int index = shape.index(component);
        values[index] = shape.componentType(index) == int.class ? (Object) (int) value : (Object) value;
    }
}
