package dev.gpioint.acpi.oracle;

import dev.gpioint.acpi.resource.AslArg;
import dev.gpioint.acpi.resource.AslForm;
import dev.gpioint.acpi.resource.DescriptorSpec;
import dev.gpioint.acpi.resource.DescriptorTables;
import dev.gpioint.acpi.resource.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes random resource templates that iasl accepts, macro by macro from the same {@link DescriptorTables}
 * the codec uses: every keyword, optional arguments left out or given, defaults, vendor data, resource
 * sources, descriptor names. Value ranges follow iasl's checks where it has them (address windows, IRQ and
 * DMA lists, pin configuration types). Deterministic for a given {@link Random}.
 */
public final class RandomTemplates {
    private static final String[] SOURCES = {"\\_SB.GPO0", "\\_SB.PCI0.I2C1", "\\GPIO", "\\_SB.PM01", "^GPO1", "GPO2", "\\_SB.SPI0"};
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final List<AslForm> FORMS = DescriptorTables.ALL.stream().flatMap(s -> s.forms().stream())
            .filter(f -> !f.macro().contains("DependentFn")).toList();

    private RandomTemplates() {
    }

    /** A whole {@code ResourceTemplate () {...}} with one to four macros, sometimes in dependent-function groups. */
    public static String template(Random r) {
        var out = new StringBuilder("ResourceTemplate ()\n        {\n");
        int count = 1 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            out.append("            ").append(macro(FORMS.get(r.nextInt(FORMS.size())), r)).append('\n');
        }
        if (r.nextInt(12) == 0) {
            int groups = 1 + r.nextInt(2);
            for (int g = 0; g < groups; g++) {
                out.append("            ").append(r.nextBoolean()
                        ? "StartDependentFn (" + r.nextInt(3) + ", " + r.nextInt(3) + ")" : "StartDependentFnNoPri ()");
                out.append(" { ").append(macro(DescriptorTables.form(r.nextBoolean() ? "IO" : "FixedIO").orElseThrow(), r))
                        .append(" }\n");
            }
            out.append("            EndDependentFn ()\n");
        }
        return out.append("        }").toString();
    }

    /** One macro call of {@code form} with random arguments. */
    public static String macro(AslForm form, Random r) {
        var args = new ArrayList<String>();
        Window window = Window.random(form.macro(), r);
        boolean hasIndex = false;
        for (AslArg arg : form.args()) {
            String text = switch (arg) {
                case AslArg.Keyword k when k.component().equals("minFixed") -> window.minFixed ? "MinFixed" : r.nextBoolean() ? "MinNotFixed" : "";
                case AslArg.Keyword k when k.component().equals("maxFixed") -> window.maxFixed ? "MaxFixed" : r.nextBoolean() ? "MaxNotFixed" : "";
                case AslArg.Keyword k -> k.defaultValue().isPresent() && r.nextInt(3) == 0 ? "" : keyword(form, k, r);
                case AslArg.Number n -> n.defaultValue().isPresent() && r.nextInt(3) == 0 ? "" : number(form, n, window, r);
                case AslArg.Text t -> "\"" + (t.component().toLowerCase().contains("label")
                        ? "lbl" + r.nextInt(100) : SOURCES[r.nextInt(SOURCES.length)]).replace("\\", "\\\\") + "\"";
                case AslArg.SourceIndex s -> {
                    hasIndex = r.nextBoolean();
                    yield hasIndex ? hex(r.nextInt(256), r) : "";
                }
                case AslArg.SourcePath s -> hasIndex && r.nextBoolean()
                        ? "\"" + SOURCES[r.nextInt(SOURCES.length)].replace("\\", "\\\\") + "\"" : "";
                case AslArg.DescriptorName d -> r.nextInt(4) == 0 ? descriptorName() : "";
                case AslArg.Ignored i -> r.nextBoolean() ? "" : i.keywords().entries().get(r.nextInt(2)).keyword();
                case AslArg.Vendor v -> r.nextInt(3) == 0 ? vendor(r) : "";
                case AslArg.Braces b -> throw new IllegalStateException();
            };
            args.add(text);
        }
        while (!args.isEmpty() && args.getLast().isEmpty() && r.nextBoolean()) {
            args.removeLast();
        }
        var text = new StringBuilder(form.macro()).append(" (").append(String.join(", ", args)).append(')');
        form.braces().ifPresent(b -> text.append(' ').append(braces(form, b, r)));
        return text.toString();
    }

    private static String keyword(AslForm form, AslArg.Keyword k, Random r) {
        Keywords words = k.keywords();
        if (words.numberMin() <= words.numberMax() && r.nextInt(4) == 0) {
            return hex(words.numberMin() + r.nextInt((int) (words.numberMax() - words.numberMin() + 1)), r);
        }
        if (k.component().equals("minFixed") || k.component().equals("maxFixed")) {
            return ""; // chosen with the address window, see macro()
        }
        return words.entries().get(r.nextInt(words.entries().size())).keyword();
    }

    private static String number(AslForm form, AslArg.Number n, Window w, Random r) {
        String c = n.component();
        String m = form.macro();
        boolean ranged = form.args().stream().anyMatch(a -> a.component().equals("maximum"));
        long v = switch (ranged ? c : "") {
            case "minimum" -> w.min;
            case "maximum" -> w.max;
            case "length" -> w.length;
            case "granularity" -> w.granularity;
            case "alignment" -> w.alignment;
            default -> -2;
        };
        if (v != -2) {
            return hex(v, r);
        }
        v = switch (c) {
            case "translation" -> any(r, n.maxValue());
            case "resourceType" -> 0xC0 + r.nextInt(0x40);
            case "configType" -> r.nextBoolean() ? r.nextInt(0x0E) : 0x80 + r.nextInt(0x80);
            case "compatibility", "performance" -> r.nextInt(3);
            case "address" -> m.startsWith("I2c") ? r.nextInt(0x80) : any(r, n.maxValue());
            case "base" -> m.equals("FixedIO") ? r.nextInt(0x400) : any(r, n.maxValue());
            case "accessSize" -> r.nextInt(5);
            case "dataBitLength" -> 1 + r.nextInt(32);
            default -> any(r, n.maxValue());
        };
        return hex(v, r);
    }

    /** A random value up to {@code max}, favouring the edges (0, 1, max) that find encoding mistakes. */
    private static long any(Random r, long max) {
        return switch (r.nextInt(6)) {
            case 0 -> 0;
            case 1 -> max;
            case 2 -> Math.min(1, max);
            default -> max == -1L ? r.nextLong() : (long) (r.nextDouble() * max);
        };
    }

    private static String braces(AslForm form, AslArg.Braces b, Random r) {
        int max = Math.min(b.maxCount(), b.kind() == AslArg.Braces.Kind.BYTES ? 7 : 4);
        int count = Math.max(b.minCount(), 1) + r.nextInt(Math.max(1, max - Math.max(b.minCount(), 1) + 1));
        var values = new ArrayList<Long>();
        boolean distinct = true; // iasl rejects duplicate values in every list
        while (values.size() < count) {
            long v = any(r, b.maxValue());
            if (!distinct || !values.contains(v)) {
                values.add(v);
            }
        }
        return "{" + String.join(", ", values.stream().map(v -> hex(v, r)).toList()) + "}";
    }

    private static String vendor(Random r) {
        int n = 1 + r.nextInt(6);
        var bytes = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            bytes.add(hex(r.nextInt(256), r));
        }
        return "RawDataBuffer (" + n + ") {" + String.join(", ", bytes) + "}";
    }

    private static String descriptorName() {
        int n = NAMES.getAndIncrement() % (36 * 36 * 36);
        String d = Integer.toString(n, 36).toUpperCase();
        return "D" + "000".substring(d.length()) + d;
    }

    /** Integer forms iasl accepts: hex mostly, decimal sometimes (never octal by accident). */
    private static String hex(long v, Random r) {
        if (v >= 0 && v < 1_000_000 && r.nextInt(4) == 0) {
            return Long.toString(v);
        }
        return "0x" + Long.toHexString(v).toUpperCase();
    }

    /**
     * A consistent window for range macros. Address descriptors follow ACPI's valid combinations, which iasl
     * enforces: both ends fixed with the length equal to the window, neither fixed with a length inside it, or
     * a zero length with at most one end fixed.
     */
    private record Window(long min, long max, long length, long alignment, long granularity, boolean minFixed, boolean maxFixed) {
        static Window random(String macro, Random r) {
            long limit = macro.startsWith("Word") || macro.equals("IO") || macro.equals("Memory24") ? 0xFFFF
                    : macro.startsWith("DWord") || macro.equals("Memory32") ? 0xFFFF_FFFFL : 0x3FFF_FFFF_FFFF_FFFFL;
            long min = (long) (r.nextDouble() * (limit / 2));
            long max = min + (long) (r.nextDouble() * (limit - min));
            long window = max - min + 1;
            boolean address = macro.startsWith("Word") || macro.startsWith("DWord") || macro.startsWith("QWord")
                    || macro.startsWith("Extended");
            if (!address) {
                long cap = macro.equals("IO") ? 0xFF : window;
                return new Window(min, max, Math.min(cap, 1 + (long) (r.nextDouble() * (window - 1))), 1, 0, false, false);
            }
            return switch (r.nextInt(3)) {
                case 0 -> new Window(min, max, window, 1, 0, true, true);
                case 1 -> new Window(min, max, 1 + (long) (r.nextDouble() * (window - 1)), 1, 0, false, false);
                default -> {
                    boolean minFixed = r.nextBoolean();
                    yield new Window(min, max, 0, 1, 0, minFixed, !minFixed && r.nextBoolean());
                }
            };
        }
    }

    static List<DescriptorSpec> specs() {
        return DescriptorTables.ALL;
    }
}
