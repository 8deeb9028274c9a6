package dev.gpioint.acpi.aml;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the hex text acpidump writes (and acpixtract reads): a {@code SIGN @ 0xADDRESS} line, then lines of
 * {@code OFFSET: up to 16 hex bytes  ascii}, one block per table. Each block must hold exactly the bytes its
 * header's length says, and becomes a checked {@link AcpiTable}.
 */
public final class AcpidumpText {
    private static final Pattern HEADER = Pattern.compile("^\\s*([A-Za-z0-9_]{4})\\s*@\\s*0x[0-9A-Fa-f]+\\s*$");
    private static final Pattern DATA = Pattern.compile("^\\s*([0-9A-Fa-f]{4,8}):\\s");

    private AcpidumpText() {
    }

    /** Every table in the text, in order; a table block that is broken fails the whole read. */
    public static List<AcpiTable> read(String text, String name) throws AcpiTableException {
        var tables = new ArrayList<AcpiTable>();
        String[] lines = text.split("\\R", -1);
        String signature = null;
        int headerLine = 0;
        int count = 0;
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            Matcher header = line == null ? null : HEADER.matcher(line);
            if (line == null || header.matches()) {
                if (signature != null) {
                    count++;
                    tables.add(finish(bytes.toByteArray(), name + ": " + signature + " #" + count + " (line " + headerLine + ")",
                            name, headerLine));
                }
                if (line != null) {
                    signature = header.group(1);
                    headerLine = i + 1;
                    bytes.reset();
                }
                continue;
            }
            Matcher data = DATA.matcher(line);
            if (!data.find()) {
                continue;
            }
            if (signature == null) {
                throw new AcpiTableException(name, "line " + (i + 1), "hex data before any 'SIGN @ 0xADDRESS' table header");
            }
            long offset = Long.parseLong(data.group(1), 16);
            if (offset != bytes.size()) {
                throw new AcpiTableException(name, "line " + (i + 1), "data line at offset 0x" + Long.toHexString(offset)
                        + " where 0x" + Integer.toHexString(bytes.size()) + " was expected (missing or repeated lines)");
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
        if (tables.isEmpty()) {
            throw new AcpiTableException(name, "line 1", "no 'SIGN @ 0xADDRESS' table header found: not acpidump output");
        }
        return tables;
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
