package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints descriptors as ASL macros that iasl compiles back to the same bytes, choosing for each descriptor the
 * first macro of its kind that can express every value (so a revision-1 I2C descriptor prints as
 * {@code I2cSerialBus}, not {@code I2cSerialBusV2}). Every argument is written out, defaults included, so the
 * text does not depend on iasl's defaults. Stateless and thread-safe.
 */
public final class ResourcePrinter {
    private ResourcePrinter() {
    }

    /** A {@code ResourceTemplate () {...}} expression, indented by {@code indent}. */
    public static String print(ResourceTemplate template, String indent) {
        var out = new StringBuilder();
        out.append("ResourceTemplate ()\n").append(indent).append("{\n");
        boolean inGroup = false;
        for (ResourceDescriptor d : template.body()) {
            switch (d) {
                case StartDependentFnDescriptor s -> {
                    if (inGroup) {
                        out.append(indent).append("    }\n");
                    }
                    out.append(indent).append("    ").append(macro(d)).append('\n').append(indent).append("    {\n");
                    inGroup = true;
                }
                case StartDependentFnNoPriDescriptor s -> {
                    if (inGroup) {
                        out.append(indent).append("    }\n");
                    }
                    out.append(indent).append("    ").append(macro(d)).append('\n').append(indent).append("    {\n");
                    inGroup = true;
                }
                case EndDependentFnDescriptor e -> {
                    if (inGroup) {
                        out.append(indent).append("    }\n");
                    }
                    inGroup = false;
                    out.append(indent).append("    ").append(macro(d)).append('\n');
                }
                default -> out.append(indent).append(inGroup ? "        " : "    ").append(macro(d)).append('\n');
            }
        }
        if (inGroup) {
            out.append(indent).append("    }\n");
        }
        return out.append(indent).append('}').toString();
    }

    /** One descriptor as a macro call on one line, e.g. {@code GpioInt (Edge, ActiveLow, ...) {0x0012}}. */
    public static String macro(ResourceDescriptor descriptor) {
        DescriptorSpec spec = DescriptorTables.specOf(descriptor);
        if (spec.forms().isEmpty()) {
            throw new IllegalArgumentException(spec.name() + " has no ASL macro; ResourceTemplate() adds it");
        }
        AslForm form = spec.formFor(descriptor);
        RecordShape shape = spec.shape();
        var args = new ArrayList<String>();
        for (AslArg arg : form.args()) {
            Object value = arg.component().isEmpty() ? null : shape.get(descriptor, arg.component());
            args.add(switch (arg) {
                case AslArg.Keyword k -> {
                    long v = ((Number) value).longValue();
                    if (k.bits() > 0) {
                        v = (v >>> k.shift()) & ((1L << k.bits()) - 1);
                    }
                    yield k.keywords().keywordOf(v).orElse(hex(v));
                }
                case AslArg.Number n -> hex(((Number) value).longValue());
                case AslArg.Text t -> quote((String) value);
                case AslArg.SourceIndex s -> ((Optional<?>) value).map(rs -> hex(((ResourceSource) rs).index())).orElse("");
                case AslArg.SourcePath s -> ((Optional<?>) value).flatMap(rs -> ((ResourceSource) rs).path())
                        .map(ResourcePrinter::quote).orElse("");
                case AslArg.DescriptorName n -> "";
                case AslArg.Ignored i -> "";
                case AslArg.Vendor v -> vendor((VendorData) value);
                case AslArg.Braces b -> throw new IllegalStateException("braces are not an argument");
            });
        }
        while (!args.isEmpty() && args.getLast().isEmpty()) {
            args.removeLast();
        }
        var text = new StringBuilder(form.macro()).append(" (").append(String.join(", ", args)).append(')');
        form.braces().ifPresent(b -> text.append(' ').append(braces(shape.get(descriptor, b.component()))));
        return text.toString();
    }

    private static String braces(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof VendorData data) {
            for (int i = 0; i < data.length(); i++) {
                items.add(hex(data.byteAt(i)));
            }
        } else {
            for (Object n : (List<?>) value) {
                items.add(hex(((Number) n).longValue()));
            }
        }
        return "{" + String.join(", ", items) + "}";
    }

    private static String vendor(VendorData data) {
        if (data.isEmpty()) {
            return "";
        }
        return "RawDataBuffer (" + hex(data.length()) + ") " + braces(data);
    }

    /** Unsigned hexadecimal, as iasl's disassembler writes numbers. */
    static String hex(long value) {
        return "0x" + Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
    }

    /** An ASL string literal: backslash and quote escaped, other non-printing bytes as \x escapes. */
    static String quote(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '"') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append("\\x").append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
