package dev.gpioint.acpi.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared firmware corpus grouped into machines, the unit acpiexec loads: a corpus file is named
 * {@code <device>__<path in the device folder>} (see the corpus README), and the files sharing a {@code <device>}
 * are one machine's tables. A machine lists its DSDT first, recognised by the signature in the table's first four
 * bytes rather than by its file name ({@code DSDT.aml}, {@code dsdt.dat}, {@code DSDT.bin} all occur), then its
 * other tables in natural file-name order ({@code ssdt, ssdt1, ssdt2, ..., ssdt9, ssdt10}) since nothing in the
 * corpus records the firmware's own order. Every file is listed, the corrupt one too
 * ({@code microsoft-surface-pro-12-in__acpi__ssdt.dat}, whose header length runs past the data): callers decide
 * what to do with a bad table, {@link Machine#validFiles()} says which are sound.
 */
public final class CorpusMachines {
    /** The corpus as seen from the module directory, where Maven runs tests: the repository's {@code ../shared/corpus/woa}. */
    public static final Path DIRECTORY = Path.of("../../shared/corpus/woa");
    private static final int HEADER_LENGTH = 36;

    /** One machine: its device name and its table files, DSDT first. */
    public record Machine(String name, List<Path> files) {
        public Machine {
            files = List.copyOf(files);
        }

        /** The files whose table header is sound and whose checksum is right, in {@link #files()} order. */
        public List<Path> validFiles() throws IOException {
            var valid = new ArrayList<Path>();
            for (Path f : files) {
                if (validTable(f)) {
                    valid.add(f);
                }
            }
            return valid;
        }
    }

    private CorpusMachines() {
    }

    /** The machines of the corpus in {@link #DIRECTORY}; skips the calling test, with a message, when it is absent. */
    public static List<Machine> assumeCorpus() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DIRECTORY), "corpus " + DIRECTORY.toAbsolutePath().normalize()
                + " is absent: skipping the real-firmware tests");
        return load(DIRECTORY);
    }

    /** The machines of the corpus in {@code directory}, by name. */
    public static List<Machine> load(Path directory) throws IOException {
        Map<String, List<Path>> byDevice = new TreeMap<>();
        try (var files = Files.list(directory)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byDevice.computeIfAbsent(device(f.getFileName().toString()), d -> new ArrayList<>()).add(f);
            }
        }
        var machines = new ArrayList<Machine>();
        for (var e : byDevice.entrySet()) {
            machines.add(new Machine(e.getKey(), tableOrder(e.getValue())));
        }
        return machines;
    }

    /** The device part of a corpus file name: what comes before the first {@code __}, or the whole name. */
    static String device(String fileName) {
        int cut = fileName.indexOf("__");
        return cut < 0 ? fileName : fileName.substring(0, cut);
    }

    /** DSDTs (by signature) first, then the rest; each group in natural file-name order. */
    static List<Path> tableOrder(List<Path> files) throws IOException {
        var dsdt = new ArrayList<Path>();
        var rest = new ArrayList<Path>();
        for (Path f : files) {
            (signature(f).equals("DSDT") ? dsdt : rest).add(f);
        }
        Comparator<Path> byName = Comparator.comparing(p -> p.getFileName().toString(), NATURAL);
        dsdt.sort(byName);
        rest.sort(byName);
        dsdt.addAll(rest);
        return dsdt;
    }

    /** The first four bytes as text; shorter files give what they have. */
    static String signature(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * True when {@code file} holds an ACPI table whose header can be trusted: at least a 36-byte header, a length
     * field from 36 up to the file size, and bytes 0..length-1 summing to zero modulo 256 (the checksum rule).
     */
    public static boolean validTable(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        if (data.length < HEADER_LENGTH) {
            return false;
        }
        long length = (data[4] & 0xFFL) | (data[5] & 0xFFL) << 8 | (data[6] & 0xFFL) << 16 | (data[7] & 0xFFL) << 24;
        if (length < HEADER_LENGTH || length > data.length) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += data[i];
        }
        return (sum & 0xFF) == 0;
    }

    /** Natural order: runs of digits compare by value ({@code ssdt9 < ssdt10}), the rest ignoring case, then exactly. */
    static final Comparator<String> NATURAL = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = new java.math.BigInteger(a.substring(i, ei)).compareTo(new java.math.BigInteger(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    };
}
