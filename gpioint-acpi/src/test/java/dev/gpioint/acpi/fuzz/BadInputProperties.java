package dev.gpioint.acpi.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.aml.AcpiTableException;
import dev.gpioint.acpi.aml.AcpidumpText;
import dev.gpioint.acpi.interpreter.AmlInterpreter;
import dev.gpioint.acpi.interpreter.AmlOptions;
import dev.gpioint.acpi.asl.AslCompiler;
import dev.gpioint.acpi.namespace.Namespace;
import dev.gpioint.acpi.namespace.StaticReturnEvaluator;
import dev.gpioint.acpi.oracle.RandomTemplates;
import dev.gpioint.acpi.resource.ResourceDecodeException;
import dev.gpioint.acpi.resource.ResourceDecoder;
import dev.gpioint.acpi.resource.ResourceEncoder;
import dev.gpioint.acpi.resource.ResourceTemplate;
import dev.gpioint.acpi.source.FirmwareAssembler;
import dev.gpioint.firmware.FirmwareException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated bytes and text into every reader: the resource decoder, the table reader with the AML
 * namespace walker and firmware assembly, the acpidump text reader and the ASL compiler. Each either succeeds
 * or throws its typed, checked exception naming where the problem is; nothing throws an unchecked exception.
 */
class BadInputProperties {
    private static final byte[] TABLE = fixture("/boards/formats-dsdt.aml");
    private static final String ASL = new String(fixture("/boards/formats-dsdt.asl"), StandardCharsets.ISO_8859_1);

    private static byte[] fixture(String name) {
        try (var in = BadInputProperties.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 3000, seed = "11")
    void randomBytesDecodeOrFailWithATypedError(@ForAll byte[] bytes) {
        decode(bytes);
    }

    @Property(tries = 4000, seed = "12")
    void mutatedTemplatesDecodeOrFailWithATypedError(@ForAll("mutatedTemplates") byte[] bytes) {
        decode(bytes);
    }

    @Property(tries = 3000, seed = "13")
    void mutatedTablesLoadOrFailWithATypedError(@ForAll("mutatedTables") byte[] bytes) {
        try {
            // The interpreter never throws on bad AML: what fails is recorded, and only a bad header stops a table.
            var aml = AmlInterpreter.load(List.of(AcpiTable.read(bytes, "fuzz.aml")), AmlOptions.windows11());
            assertThat(aml.problems()).allSatisfy(p -> assertThat(p.table()).isIn("fuzz.aml", "-"));
        } catch (AcpiTableException e) {
            assertThat(e.getMessage()).startsWith("fuzz.aml ");
            assertThat(e.location()).matches("offset 0x[0-9A-F]+");
        }
    }

    @Property(tries = 1000, seed = "14")
    void mutatedAcpidumpTextLoadsOrFailsWithATypedError(@ForAll("mutatedDumps") String text) {
        try {
            AcpidumpText.read(text, "fuzz.out");
        } catch (AcpiTableException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 1500, seed = "15")
    void mutatedAslCompilesOrFailsWithLocatedProblems(@ForAll("mutatedAsl") String text) {
        try {
            AslCompiler.compile("fuzz.asl", text);
        } catch (FirmwareException e) {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.location()).matches("\\d+:\\d+"));
        }
    }

    private static void decode(byte[] bytes) {
        try {
            ResourceTemplate t = ResourceDecoder.decode(bytes, "fuzz", 0x100);
            // Whatever decodes must encode again (the encoder makes canonical offsets, so bytes may differ).
            ResourceEncoder.encode(t);
        } catch (ResourceDecodeException e) {
            assertThat(e.getMessage()).startsWith("fuzz offset 0x");
            assertThat(e.offset()).isGreaterThanOrEqualTo(0x100);
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedTemplates() {
        Arbitrary<byte[]> valid = Arbitraries.randomValue(r -> {
            try {
                var ns = AslCompiler.namespace("t.asl", "DefinitionBlock (\"\", \"SSDT\", 2, \"O\", \"T\", 1) { Name (RT00, "
                        + RandomTemplates.template(r) + ") }");
                return ((dev.gpioint.acpi.namespace.AcpiObject.BufferValue) ns.get("\\RT00").orElseThrow()).bytes();
            } catch (FirmwareException e) {
                throw new AssertionError(e);
            }
        });
        return Combinators.combine(valid, Arbitraries.longs()).as((b, seed) -> mutate(b, new Random(seed), false));
    }

    @Provide
    Arbitrary<byte[]> mutatedTables() {
        return Arbitraries.longs().map(seed -> mutate(TABLE, new Random(seed), true));
    }

    @Provide
    Arbitrary<String> mutatedDumps() {
        String dump = dev.gpioint.acpi.oracle.AcpidumpWriter.table("DSDT", TABLE);
        return Arbitraries.longs().map(seed -> {
            var r = new Random(seed);
            var s = new StringBuilder(dump);
            for (int i = 0, n = 1 + r.nextInt(4); i < n && !s.isEmpty(); i++) {
                int at = r.nextInt(s.length());
                switch (r.nextInt(3)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, "0123456789ABCDEF: @\n".charAt(r.nextInt(20)));
                    default -> s.setCharAt(at, "0123456789ABCDEFZ ".charAt(r.nextInt(18)));
                }
            }
            return s.toString();
        });
    }

    @Provide
    Arbitrary<String> mutatedAsl() {
        return Arbitraries.longs().map(seed -> {
            var r = new Random(seed);
            var s = new StringBuilder(ASL);
            for (int i = 0, n = 1 + r.nextInt(5); i < n && !s.isEmpty(); i++) {
                int at = r.nextInt(s.length());
                switch (r.nextInt(3)) {
                    case 0 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(8)));
                    case 1 -> s.insert(at, "(){},\"\\^0x1Z_ /*".charAt(r.nextInt(16)));
                    default -> s.setCharAt(at, "(){},\"\\^0x1Z_ ".charAt(r.nextInt(13)));
                }
            }
            return s.toString();
        });
    }

    /** Flips, truncates, inserts, or rewrites length fields; for tables, sometimes fixes the checksum again. */
    static byte[] mutate(byte[] original, Random r, boolean table) {
        byte[] b = original.clone();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n && b.length > 0; i++) {
            switch (r.nextInt(5)) {
                case 0 -> b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b = Arrays.copyOf(b, r.nextInt(b.length));
                case 2 -> {
                    int at = r.nextInt(b.length);
                    var out = new ArrayList<Byte>();
                    for (byte x : b) {
                        out.add(x);
                    }
                    out.add(at, (byte) r.nextInt(256));
                    b = new byte[out.size()];
                    for (int k = 0; k < b.length; k++) {
                        b[k] = out.get(k);
                    }
                }
                case 3 -> b[r.nextInt(b.length)] = (byte) (r.nextBoolean() ? 0xFF : 0x00);
                default -> {
                    int at = r.nextInt(b.length);
                    b[at] = (byte) r.nextInt(256);
                }
            }
        }
        if (table && b.length >= 36 && r.nextInt(3) > 0) {
            // Make the header consistent so the AML walker, not the header check, meets the damage.
            long length = b.length;
            b[4] = (byte) length;
            b[5] = (byte) (length >> 8);
            b[6] = (byte) (length >> 16);
            b[7] = (byte) (length >> 24);
            b[9] = 0;
            int sum = 0;
            for (byte x : b) {
                sum += x & 0xFF;
            }
            b[9] = (byte) -sum;
        }
        return b;
    }
}
