package dev.gpioint.acpi.aml;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the hex text acpidump writes (and acpixtract reads): a {@code SIGN @ 0xADDRESS} line, then lines of
 * {@code OFFSET: up to 16 hex bytes  ascii}, one block per table. Each block must hold at least the bytes its
 * table's length says, and becomes a checked {@link AcpiTable} (the RSDP and FACS blocks by their own layouts).
 * A broken block is reported with the file, the table, the line or offset and the reason, and skipped: one bad
 * table does not hide the others.
 */
public final class AcpidumpText {
    private static final Pattern HEADER = Pattern.compile("^\\s*([A-Za-z0-9_!]{4})\\s*@\\s*0x[0-9A-Fa-f]+\\s*$");
    private static final Pattern DATA = Pattern.compile("^\\s*([0-9A-Fa-f]{4,8}):\\s");

    private AcpidumpText() {
    }

    /** Every table in the text, in order; the first broken block fails the whole read (see {@link #readAll}). */
    public static List<AcpiTable> read(String text, String name) throws AcpiTableException {
        TableBatch batch = readAll(text, name);
        if (!batch.problems().isEmpty()) {
            throw batch.problems().getFirst();
        }
        return batch.tables();
    }

    /**
     * Every table in the text that passes its checks, and a problem for each block that does not (or for text
     * that holds no table header at all). Never throws: a broken block is skipped up to the next header.
     */
    public static TableBatch readAll(String text, String name) {
        var tables = new ArrayList<AcpiTable>();
        var problems = new ArrayList<AcpiTableException>();
        String[] lines = text.split("\\R", -1);
        String signature = null;
        int headerLine = 0;
        int count = 0;
        boolean broken = false;
        boolean strayReported = false;
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            Matcher header = line == null ? null : HEADER.matcher(line);
            if (line == null || header.matches()) {
                if (signature != null) {
                    count++;
                    if (!broken) {
                        try {
                            tables.add(finish(bytes.toByteArray(), name + ": " + signature + " #" + count + " (line " + headerLine + ")",
                                    name, headerLine));
                        } catch (AcpiTableException e) {
                            problems.add(e);
                        }
                    }
                }
                if (line != null) {
                    signature = header.group(1);
                    headerLine = i + 1;
                    broken = false;
                    bytes.reset();
                }
                continue;
            }
            Matcher data = DATA.matcher(line);
            if (!data.find() || broken) {
                continue;
            }
            if (signature == null) {
                // Reported once: every following line would say the same.
                if (!strayReported) {
                    problems.add(new AcpiTableException(name, "line " + (i + 1), "hex data before any 'SIGN @ 0xADDRESS' table header"));
                    strayReported = true;
                }
                continue;
            }
            long offset = Long.parseLong(data.group(1), 16);
            if (offset != bytes.size()) {
                problems.add(new AcpiTableException(name, "line " + (i + 1), "data line at offset 0x" + Long.toHexString(offset)
                        + " where 0x" + Integer.toHexString(bytes.size()) + " was expected (missing or repeated lines)"));
                broken = true;
                continue;
            }
            // The hex area is 16 columns of "XX "; the ASCII dump that follows may itself look like hex.
            int start = data.end();
            String area = line.substring(start, Math.min(line.length(), start + 16 * 3));
            for (String token : area.trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (!token.matches("[0-9A-Fa-f]{2}")) {
                    break;
                }
                bytes.write(Integer.parseInt(token, 16));
            }
        }
        if (count == 0) {
            problems.add(new AcpiTableException(name, "line 1", "no 'SIGN @ 0xADDRESS' table header found: not acpidump output"));
        }
        return new TableBatch(tables, problems);
    }

    private static AcpiTable finish(byte[] data, String tableName, String file, int line) throws AcpiTableException {
        if (data.length == 0) {
            throw new AcpiTableException(file, "line " + line, "table block has no hex data");
        }
        return AcpiTable.read(data, tableName);
    }

    /** True when {@code text} starts like acpidump output (a table header line within the first lines). */
    public static boolean looksLikeAcpidump(String text) {
        return text.lines().limit(20).anyMatch(l -> HEADER.matcher(l).matches());
    }
}
