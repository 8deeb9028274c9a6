package dev.gpioint.acpi.oracle;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.aml.AcpiTableException;
import dev.gpioint.acpi.interpreter.AmlInterpreter;
import dev.gpioint.acpi.interpreter.AmlNode;
import dev.gpioint.acpi.interpreter.AmlOptions;
import dev.gpioint.acpi.interpreter.AmlValue;
import dev.gpioint.acpi.namespace.AcpiObject;
import dev.gpioint.acpi.namespace.Namespace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * ACPICA's iasl as a test oracle: compiles ASL in a temporary directory and hands back the AML, or the
 * buffers of many {@code Name (Rnnn, ResourceTemplate () {...})} at once so that one iasl run checks
 * hundreds of templates. Tests call {@link #assumeAvailable()} first so they skip where iasl is missing.
 */
public final class Iasl {
    private Iasl() {
    }

    /** True when an {@code iasl} binary runs. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("iasl", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Skips the calling test, with a message, when iasl is not installed. */
    public static void assumeAvailable() {
        org.junit.jupiter.api.Assumptions.assumeTrue(available(),
                "iasl (ACPICA acpica-tools) is not installed: skipping the oracle comparison; install it with "
                        + "'apt-get install acpica-tools'");
    }

    /** The AML iasl makes of {@code asl}; fails with iasl's output when it does not compile. */
    public static byte[] compile(String asl) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("gpioint-iasl");
        try {
            Path file = dir.resolve("t.asl");
            Files.writeString(file, asl, StandardCharsets.ISO_8859_1);
            Process p = new ProcessBuilder("iasl", "-vi", "-p", dir.resolve("t").toString(), file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(120, TimeUnit.SECONDS);
            Path aml = dir.resolve("t.aml");
            if (p.exitValue() != 0 || !Files.exists(aml)) {
                // Keep the failing input where a developer can rerun iasl on it.
                Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "gpioint-iasl-failed.asl"), asl,
                        StandardCharsets.ISO_8859_1);
                throw new AssertionError("iasl rejected the ASL:\n" + output);
            }
            return Files.readAllBytes(aml);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** iasl's -d disassembly of a binary table (null-free text), or the failure message. */
    public static String disassemble(Path table) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("gpioint-iasl-d");
        try {
            Path copy = dir.resolve("t.dat");
            Files.copy(table, copy);
            Process p = new ProcessBuilder("iasl", "-d", copy.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = p.waitFor(300, TimeUnit.SECONDS);
            Path dsl = dir.resolve("t.dsl");
            if (!done || p.exitValue() != 0 || !Files.exists(dsl)) {
                if (!done) {
                    p.destroyForcibly();
                }
                throw new IOException("iasl -d failed (exit " + (done ? p.exitValue() : "timeout") + "): "
                        + output.lines().reduce((a, b) -> b).orElse(""));
            }
            return Files.readString(dsl, StandardCharsets.ISO_8859_1);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Compiles each template text (a {@code ResourceTemplate () {...}} expression) as {@code Name (Rnnn, ...)}
     * in one definition block and returns iasl's bytes for each, in order.
     */
    public static List<byte[]> compileTemplates(List<String> templates) throws IOException, InterruptedException, AcpiTableException {
        byte[] aml = compile(definitionBlock(templates));
        return buffers(AmlInterpreter.load(List.of(AcpiTable.read(aml, "iasl output")), AmlOptions.windows11()), templates.size());
    }

    /** One definition block naming each template {@code Rnnn}. */
    public static String definitionBlock(List<String> templates) {
        var asl = new StringBuilder("DefinitionBlock (\"\", \"SSDT\", 2, \"GPIOIN\", \"ORACLE\", 1)\n{\n");
        for (int i = 0; i < templates.size(); i++) {
            asl.append("    Name (").append(name(i)).append(", ").append(templates.get(i)).append(")\n");
        }
        return asl.append("}\n").toString();
    }

    /** The buffers named {@code R000}.. in a namespace gpioint's ASL compiler built from {@link #definitionBlock}. */
    public static List<byte[]> buffers(Namespace ns, int count) {
        var out = new ArrayList<byte[]>();
        for (int i = 0; i < count; i++) {
            AcpiObject o = ns.get("\\" + name(i)).orElseThrow(() -> new AssertionError("no Name in the namespace"));
            out.add(((AcpiObject.BufferValue) o).bytes());
        }
        return out;
    }

    /** The buffers named {@code R000}.. in iasl's AML of {@link #definitionBlock}, loaded by the interpreter. */
    public static List<byte[]> buffers(AmlInterpreter aml, int count) {
        var out = new ArrayList<byte[]>();
        for (int i = 0; i < count; i++) {
            AmlNode node = aml.find("\\" + name(i)).orElseThrow(() -> new AssertionError("no Name in the namespace"));
            out.add(((AmlValue.Buffer) node.value()).bytes());
        }
        return out;
    }

    /** The Name used for template {@code i}: R plus three base-36 digits, so 46656 fit one block. */
    static String name(int i) {
        String digits = Integer.toString(i, 36).toUpperCase(java.util.Locale.ROOT);
        return "R" + "000".substring(digits.length()) + digits;
    }

}
