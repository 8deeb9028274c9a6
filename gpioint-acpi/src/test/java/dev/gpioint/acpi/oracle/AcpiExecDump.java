package dev.gpioint.acpi.oracle;

import dev.gpioint.acpi.oracle.AcpiExecResult.BufferResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.IntegerResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.NullObjectResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.OtherResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.PackageResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.ReferenceResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.StringResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.TruncatedStringResult;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the value acpiexec prints after {@code Evaluation of X returned object ...} (format of acpica-tools
 * 20200925, found by experiment):
 * <pre>
 *   [Integer] = 0000000000001234
 *   [String] Length 0B = "hello world"
 *   [Buffer] Length 03 =     0000: 01 02 03                                         // ...
 *   [Buffer] Length 23 =
 *     0000: 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F  // ................
 *     0010: ...
 *   [Package] Contains 3 Elements:
 *     [Integer] = 0000000000000001
 *     [Null Object] (Type=0)
 *     [Object Reference] = 0x55f4.. &lt;Node&gt;            Name DEV0 Device
 * </pre>
 * An element at nesting level n is indented 2 + 2n blanks; buffer rows are always indented 4 blanks whatever the
 * level; a buffer of 1 to 16 bytes has its single row on the header line, a longer one starts on the next line;
 * lengths are hex, package counts decimal. Strings are printed with C escapes ({@code \" \' \\ \a \b \f \n \r \t
 * \v}) and {@code \xHH} for other control characters, where bytes from 0x80 show sign-extended as
 * {@code \xFFFFFF80}; only the first 255 characters are printed, followed by {@code "...}.
 * <p>
 * Lines that do not start with a blank (ACPI Error/Warning lines, notify handler messages) are skipped: they are
 * not part of the dump. Anything else that does not fit the format makes the value {@link Unparsed}.
 */
final class AcpiExecDump {
    private static final Pattern INTEGER = Pattern.compile("\\[Integer] = ([0-9A-F]{1,16})");
    private static final Pattern STRING = Pattern.compile("\\[String] Length ([0-9A-F]+) = \"(.*)");
    private static final Pattern BUFFER = Pattern.compile("\\[Buffer] Length ([0-9A-F]+) =(.*)");
    private static final Pattern PACKAGE = Pattern.compile("\\[Package] Contains (\\d+) Elements:");
    private static final Pattern REFERENCE = Pattern.compile("\\[Object Reference] = (.*)");
    private static final Pattern OTHER = Pattern.compile("\\[([^]]+)](.*)");
    private static final Pattern ROW = Pattern.compile("\\s*([0-9A-F]{4,}): (.*)");
    private static final Pattern BYTE = Pattern.compile("[0-9A-F]{2}");
    private static final Pattern ADDRESS = Pattern.compile("\\b0x[0-9a-fA-F]+\\b");
    /** How many characters of a string acpiexec prints before it cuts it off with {@code "...}. */
    static final int STRING_PRINT_LIMIT = 255;

    /** Where the parser takes its lines from, one at a time; may block, and throws when no line will come. */
    interface Lines {
        String next() throws AcpiExecProcess.Stopped;

        /** Makes {@code line} the next one {@link #next()} returns again. */
        void pushBack(String line);
    }

    /** Output that does not have the expected shape; the message quotes it. */
    static final class Unparsed extends Exception {
        Unparsed(String message) {
            super(message);
        }
    }

    private AcpiExecDump() {
    }

    /** The value whose first line is the next dump line of {@code lines}. */
    static AcpiExecResult value(Lines lines) throws AcpiExecProcess.Stopped, Unparsed {
        return element(lines, 0);
    }

    private static AcpiExecResult element(Lines lines, int level) throws AcpiExecProcess.Stopped, Unparsed {
        String line = dumpLine(lines);
        String indent = " ".repeat(2 + 2 * level);
        if (!line.startsWith(indent) || line.charAt(indent.length()) != '[') {
            throw new Unparsed("expected a value at indentation " + indent.length() + ": " + line);
        }
        String text = line.substring(indent.length());
        Matcher m;
        if ((m = INTEGER.matcher(text)).matches()) {
            return new IntegerResult(Long.parseUnsignedLong(m.group(1), 16));
        }
        if ((m = STRING.matcher(text)).matches()) {
            return string(Long.parseLong(m.group(1), 16), m.group(2), line);
        }
        if ((m = BUFFER.matcher(text)).matches()) {
            return buffer(lines, Integer.parseInt(m.group(1), 16), m.group(2).strip(), line);
        }
        if ((m = PACKAGE.matcher(text)).matches()) {
            int count = Integer.parseInt(m.group(1));
            var elements = new ArrayList<AcpiExecResult>(count);
            for (int i = 0; i < count; i++) {
                elements.add(element(lines, level + 1));
            }
            return new PackageResult(elements);
        }
        if ((m = REFERENCE.matcher(text)).matches()) {
            return new ReferenceResult(ADDRESS.matcher(m.group(1)).replaceAll("").strip().replaceAll("\\s+", " "));
        }
        if (text.startsWith("[Null Object]")) {
            return new NullObjectResult();
        }
        if ((m = OTHER.matcher(text)).matches()) {
            return new OtherResult(m.group(1), m.group(2).strip());
        }
        throw new Unparsed("unknown value line: " + line);
    }

    /**
     * The command a line shows acpiexec starting: the echo of a command ({@code - evaluate \X}, or {@code evaluate
     * \X} alone on its line, which happens when a stray newline from another acpiexec thread lands between the
     * prompt {@code - } and the echo), or the {@code Evaluating \X} that follows it. The result is the path, or
     * {@code quit} for the echo of {@code quit}; empty for any other line.
     */
    static Optional<String> announced(String line) {
        if (line.startsWith("Evaluating ")) {
            return Optional.of(line.substring("Evaluating ".length()));
        }
        String command = line.startsWith("- ") ? line.substring(2) : line;
        if (command.startsWith("evaluate ")) {
            return Optional.of(command.substring("evaluate ".length()));
        }
        return command.equals("quit") ? Optional.of(command) : Optional.empty();
    }

    /**
     * The next line that belongs to a dump: dump lines are indented, interleaved messages are not. The start of
     * the next command ({@link #announced}) ends the dump whatever it lacks: it is left for the caller, so that a
     * malformed dump costs only its own value.
     */
    private static String dumpLine(Lines lines) throws AcpiExecProcess.Stopped, Unparsed {
        while (true) {
            String line = lines.next();
            if (line.startsWith(" ")) {
                return line;
            }
            if (announced(line).isPresent()) {
                lines.pushBack(line);
                throw new Unparsed("the dump ended early, at: " + line);
            }
        }
    }

    /** {@code quotedRest} is what follows the opening quote: the escaped text, then {@code "} or {@code "...}. */
    private static AcpiExecResult string(long length, String quotedRest, String line) throws Unparsed {
        boolean truncated = quotedRest.endsWith("\"...");
        if (!truncated && !quotedRest.endsWith("\"")) {
            throw new Unparsed("string without its closing quote: " + line);
        }
        String value = unescape(quotedRest.substring(0, quotedRest.length() - (truncated ? 4 : 1)), line);
        if (truncated && length > STRING_PRINT_LIMIT && value.length() == STRING_PRINT_LIMIT) {
            return new TruncatedStringResult(length, value);
        }
        if (truncated || value.length() != length) {
            throw new Unparsed("string of length " + length + " printed as " + value.length() + " characters: " + line);
        }
        return new StringResult(value);
    }

    /** Undoes acpiexec's string escapes; each character of the result is one byte (ISO 8859-1). */
    static String unescape(String escaped, String line) throws Unparsed {
        var out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == escaped.length()) {
                throw new Unparsed("string ends in a lone backslash: " + line);
            }
            char e = escaped.charAt(i);
            switch (e) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case '"', '\'', '\\' -> out.append(e);
                case 'x' -> {
                    // Two hex digits, or eight when a byte from 0x80 up was sign-extended (FFFFFF80..FFFFFFFF).
                    // A two-digit escape is never FF (only control characters are escaped), so no ambiguity.
                    int digits = escaped.startsWith("FFFFFF", i + 1) && i + 9 <= escaped.length() ? 8 : 2;
                    if (i + 1 + digits > escaped.length()) {
                        throw new Unparsed("short \\x escape: " + line);
                    }
                    String hex = escaped.substring(i + 1, i + 1 + digits);
                    try {
                        out.append((char) (Long.parseLong(hex, 16) & 0xFF));
                    } catch (NumberFormatException ex) {
                        throw new Unparsed("bad \\x escape " + hex + ": " + line);
                    }
                    i += digits;
                }
                default -> throw new Unparsed("unknown escape \\" + e + ": " + line);
            }
        }
        return out.toString();
    }

    /** Reads the rows of a buffer dump: the first on the header line ({@code sameLine}) for 1..16 bytes, else on the next lines. */
    private static BufferResult buffer(Lines lines, int length, String sameLine, String header)
            throws AcpiExecProcess.Stopped, Unparsed {
        var bytes = new ByteArrayOutputStream(length);
        if (length == 0) {
            if (!sameLine.isEmpty()) {
                throw new Unparsed("empty buffer with data: " + header);
            }
            return new BufferResult(new byte[0]);
        }
        // acpiexec puts the only row of a short buffer on the header line; take it from the next line all the same
        // if it is not there, as a stray newline from another thread could put it there.
        String row = sameLine.isEmpty() ? dumpLine(lines) : sameLine;
        while (true) {
            row(row, bytes);
            if (bytes.size() >= length) {
                break;
            }
            row = dumpLine(lines);
        }
        if (bytes.size() != length) {
            throw new Unparsed("buffer of " + length + " bytes dumped as " + bytes.size() + ": " + header);
        }
        return new BufferResult(bytes.toByteArray());
    }

    /** One {@code OOOO: HH HH ... // ascii} row; checks the offset is where the previous row ended. */
    private static void row(String row, ByteArrayOutputStream bytes) throws Unparsed {
        Matcher m = ROW.matcher(row);
        if (!m.matches() || Integer.parseInt(m.group(1), 16) != bytes.size()) {
            throw new Unparsed("expected a buffer row at offset " + Integer.toHexString(bytes.size()) + ": " + row);
        }
        int before = bytes.size();
        for (String token : m.group(2).strip().split("\\s+")) {
            if (token.equals("//")) {
                break;
            }
            if (!BYTE.matcher(token).matches()) {
                throw new Unparsed("bad byte " + token + " in buffer row: " + row);
            }
            bytes.write(Integer.parseInt(token, 16));
        }
        if (bytes.size() == before || bytes.size() - before > 16) {
            throw new Unparsed("buffer row with " + (bytes.size() - before) + " bytes: " + row);
        }
    }
}
