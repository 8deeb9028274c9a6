package dev.gpioint.acpi.aml;

import dev.gpioint.acpi.namespace.AcpiObject;
import dev.gpioint.acpi.namespace.MethodBody;
import dev.gpioint.acpi.namespace.NamePaths;
import dev.gpioint.acpi.namespace.Namespace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the AML of DSDTs and SSDTs far enough to list devices and the objects gpioint needs: Names with their
 * data, Methods (kept unevaluated, with a note when the body only returns a constant), and the scopes that hold
 * them. Everything else (regions, fields, expressions at module level) is stepped over by its encoded length
 * or operand shape. An error inside a Device or Scope marks that device and resumes after the block, whose end
 * the package length gives; an error outside any block fails the table. Not thread-safe; one instance per
 * table.
 */
public final class AmlNamespaceReader {
    private static final int MAX_DEPTH = 200;

    private final AcpiTable table;
    private final byte[] b;
    private final Namespace.Builder ns;
    private final Map<String, Integer> methodArgs;
    private int pos;
    private int depth;

    private AmlNamespaceReader(AcpiTable table, Namespace.Builder ns, Map<String, Integer> methodArgs) {
        this.table = table;
        this.b = table.bytes();
        this.ns = ns;
        this.methodArgs = methodArgs;
    }

    /** Reads the tables in order (put the DSDT first) into one namespace. */
    public static Namespace read(List<AcpiTable> tables) throws AcpiTableException {
        Namespace.Builder builder = Namespace.builder();
        Map<String, Integer> methods = new HashMap<>();
        for (AcpiTable t : tables) {
            if (t.isDefinitionBlock()) {
                var reader = new AmlNamespaceReader(t, builder, methods);
                reader.pos = AcpiTable.HEADER_LENGTH;
                reader.termList(reader.b.length, NamePaths.ROOT, NamePaths.ROOT);
            }
        }
        return builder.build();
    }

    // ---- term lists ----------------------------------------------------------------------------------

    /** Object-level terms up to {@code end} in {@code scope}; {@code device} is the innermost device, for defects. */
    private void termList(int end, String scope, String device) throws AcpiTableException {
        while (pos < end) {
            term(end, scope, device);
        }
        if (pos != end) {
            throw error(pos, "a term runs past the end of its enclosing block (0x" + Integer.toHexString(end) + ")");
        }
    }

    private void term(int end, String scope, String device) throws AcpiTableException {
        int start = pos;
        int op = u8();
        switch (op) {
            case 0x10 -> block(start, scope, device, false, 0);
            case 0x08 -> {
                String path = NamePaths.absolute(nameString(), scope);
                ns.object(path, dataObject(scope));
            }
            case 0x14 -> method(scope);
            case 0x15 -> {
                String name = nameString();
                int type = u8();
                int args = u8();
                if (type == 8) {
                    methodArgs.putIfAbsent(NamePaths.segment(lastSegment(name)), args);
                }
            }
            case 0x06 -> {
                nameString();
                nameString();
            }
            case 0x8A, 0x8B, 0x8C, 0x8D, 0x8F -> {
                termArg(scope);
                termArg(scope);
                nameString();
            }
            case 0xA0 -> {
                int blockEnd = pkgEnd();
                termArg(scope);
                termList(blockEnd, scope, device);
            }
            case 0xA1 -> termList(pkgEnd(), scope, device);
            case 0xA2 -> pos = pkgEnd();
            case 0x5B -> extendedTerm(start, scope, device);
            default -> {
                pos = start;
                termArg(scope);
            }
        }
    }

    private void extendedTerm(int start, String scope, String device) throws AcpiTableException {
        int ext = u8();
        switch (ext) {
            case 0x82 -> block(start, scope, device, true, 0);
            case 0x83 -> block(start, scope, device, false, 6);
            case 0x84 -> block(start, scope, device, false, 3);
            case 0x85 -> block(start, scope, device, false, 0);
            case 0x80 -> {
                String path = NamePaths.absolute(nameString(), scope);
                u8();
                termArg(scope);
                termArg(scope);
                ns.object(path, new AcpiObject.Opaque("OperationRegion"));
            }
            case 0x81, 0x86, 0x87 -> pos = pkgEnd();
            case 0x01 -> {
                nameString();
                u8();
            }
            case 0x02 -> nameString();
            case 0x88 -> {
                nameString();
                termArg(scope);
                termArg(scope);
                termArg(scope);
            }
            case 0x13 -> {
                termArg(scope);
                termArg(scope);
                termArg(scope);
                nameString();
            }
            default -> {
                pos = start;
                termArg(scope);
            }
        }
    }

    /**
     * Scope, Device, Processor, PowerResource, ThermalZone: a package holding a name, {@code skip} fixed bytes
     * and a term list. An error inside becomes the device's defect and reading resumes after the block.
     */
    private void block(int start, String scope, String device, boolean isDevice, int skip) throws AcpiTableException {
        int blockEnd = pkgEnd();
        String path = NamePaths.absolute(nameString(), scope);
        need(skip);
        pos += skip;
        if (pos > blockEnd) {
            throw error(start, "block " + path + " is shorter than its own header");
        }
        if (isDevice) {
            ns.device(path);
        }
        String owner = isDevice ? path : device;
        enter();
        try {
            termList(blockEnd, path, owner);
        } catch (AcpiTableException e) {
            if (owner.equals(NamePaths.ROOT)) {
                throw e;
            }
            ns.defect(owner, "AML in " + path + " could not be read: " + e.getMessage());
            pos = blockEnd;
        } finally {
            depth--;
        }
    }

    private void method(String scope) throws AcpiTableException {
        int bodyEnd = pkgEnd();
        String path = NamePaths.absolute(nameString(), scope);
        int flags = u8();
        int bodyStart = pos;
        if (bodyStart > bodyEnd) {
            throw error(bodyStart, "Method " + path + " is shorter than its name and flags");
        }
        methodArgs.put(NamePaths.segment(lastSegment(path)), flags & 7);
        ns.object(path, new AcpiObject.MethodValue(flags & 7, body(path, bodyStart, bodyEnd)));
        pos = bodyEnd;
    }

    /**
     * What is known of a method body without running it: the value when the body is only Names followed by
     * one Return of a constant or of one of those names.
     */
    private MethodBody body(String path, int start, int end) {
        byte[] aml = Arrays.copyOfRange(b, start, end);
        String where = table.name() + " offset 0x" + Integer.toHexString(start);
        var locals = new HashMap<String, AcpiObject>();
        int saved = pos;
        try {
            pos = start;
            while (pos < end) {
                int op = u8();
                if (op == 0x08) {
                    String name = nameString();
                    locals.put(NamePaths.segment(name), dataObject(path));
                } else if (op == 0xA4) {
                    AcpiObject value = termArg(path);
                    if (pos != end) {
                        return new MethodBody.NeedsEvaluation(where, aml);
                    }
                    if (value instanceof AcpiObject.Reference ref && locals.containsKey(NamePaths.segment(ref.name()))) {
                        value = locals.get(NamePaths.segment(ref.name()));
                    }
                    return value instanceof AcpiObject.Opaque ? new MethodBody.NeedsEvaluation(where, aml)
                            : new MethodBody.Returns(value);
                } else {
                    return new MethodBody.NeedsEvaluation(where, aml);
                }
            }
            return new MethodBody.NeedsEvaluation(where, aml);
        } catch (AcpiTableException e) {
            return new MethodBody.NeedsEvaluation(where, aml);
        } finally {
            pos = saved;
        }
    }

    // ---- data and expressions ----------------------------------------------------------------------------

    /** A DataRefObject (the value of a Name): constants, strings, buffers, packages, or a name reference. */
    private AcpiObject dataObject(String scope) throws AcpiTableException {
        return termArg(scope);
    }

    private AcpiObject termArg(String scope) throws AcpiTableException {
        enter();
        try {
            int start = pos;
            int op = u8();
            return switch (op) {
                case 0x00 -> new AcpiObject.IntegerValue(0);
                case 0x01 -> new AcpiObject.IntegerValue(1);
                case 0xFF -> new AcpiObject.IntegerValue(table.revision() < 2 ? 0xFFFF_FFFFL : -1L);
                case 0x0A -> new AcpiObject.IntegerValue(unsigned(1));
                case 0x0B -> new AcpiObject.IntegerValue(unsigned(2));
                case 0x0C -> new AcpiObject.IntegerValue(unsigned(4));
                case 0x0E -> new AcpiObject.IntegerValue(unsigned(8));
                case 0x0D -> new AcpiObject.StringValue(string());
                case 0x11 -> buffer(scope);
                case 0x12 -> pkg(scope, false);
                case 0x13 -> pkg(scope, true);
                case 0x5B -> extendedExpression(start, scope);
                default -> {
                    if (op >= 0x60 && op <= 0x6E) {
                        yield new AcpiObject.Opaque(op <= 0x67 ? "Local" : "Arg");
                    }
                    if (isNameStart(op)) {
                        pos = start;
                        String name = nameString();
                        Integer args = methodArgs.get(NamePaths.segment(lastSegment(name)));
                        if (args != null && args > 0) {
                            for (int i = 0; i < args; i++) {
                                termArg(scope);
                            }
                            yield new AcpiObject.Opaque("call " + name);
                        }
                        yield new AcpiObject.Reference(name, scope);
                    }
                    String shape = AmlOperands.of(op).orElseThrow(() -> error(start, "unknown AML opcode 0x%02X".formatted(op)));
                    operands(shape, scope);
                    yield new AcpiObject.Opaque("expression 0x%02X".formatted(op));
                }
            };
        } finally {
            depth--;
        }
    }

    private AcpiObject extendedExpression(int start, String scope) throws AcpiTableException {
        int ext = u8();
        if (ext == 0x30) {
            return new AcpiObject.IntegerValue(0);
        }
        String shape = AmlOperands.ofExtended(ext)
                .orElseThrow(() -> error(start, "unknown or misplaced AML opcode 0x5B 0x%02X".formatted(ext)));
        operands(shape, scope);
        return new AcpiObject.Opaque("expression 0x5B%02X".formatted(ext));
    }

    private void operands(String shape, String scope) throws AcpiTableException {
        for (char c : shape.toCharArray()) {
            switch (c) {
                case 'T', 'S' -> termArg(scope);
                case 'N' -> nameString();
                case 'B' -> unsigned(1);
                case 'W' -> unsigned(2);
                case 'D' -> unsigned(4);
                default -> throw new IllegalStateException("bad operand shape " + shape);
            }
        }
    }

    private AcpiObject buffer(String scope) throws AcpiTableException {
        int end = pkgEnd();
        AcpiObject size = termArg(scope);
        if (pos > end) {
            throw error(pos, "Buffer size runs past the buffer's package");
        }
        int dataStart = pos;
        byte[] init = Arrays.copyOfRange(b, dataStart, end);
        pos = end;
        if (size instanceof AcpiObject.IntegerValue n && n.value() > init.length && n.value() <= 0x10000) {
            // A declared size larger than the initializer pads with zeros, as the interpreter does.
            init = Arrays.copyOf(init, (int) n.value());
        }
        return new AcpiObject.BufferValue(init, table.name(), dataStart);
    }

    private AcpiObject pkg(String scope, boolean variable) throws AcpiTableException {
        int end = pkgEnd();
        if (variable) {
            termArg(scope);
        } else {
            u8();
        }
        var elements = new ArrayList<AcpiObject>();
        while (pos < end) {
            int op = peek();
            if (isNameStart(op)) {
                // In a package a name is a reference, never a method call.
                elements.add(new AcpiObject.Reference(nameString(), scope));
            } else {
                elements.add(termArg(scope));
            }
        }
        if (pos != end) {
            throw error(pos, "a Package element runs past the end of the package");
        }
        return new AcpiObject.PackageValue(elements);
    }

    // ---- encoding primitives -----------------------------------------------------------------------------

    /** Reads a PkgLength and returns the absolute end of the package it measures. */
    private int pkgEnd() throws AcpiTableException {
        int start = pos;
        int lead = u8();
        int extra = lead >> 6;
        long length;
        if (extra == 0) {
            length = lead & 0x3F;
        } else {
            length = lead & 0x0F;
            for (int i = 0; i < extra; i++) {
                length |= (long) u8() << (4 + 8 * i);
            }
        }
        long end = start + length;
        if (end > b.length || end < pos) {
            throw error(start, "package length " + length + " runs past the end of the table (" + b.length + " bytes)");
        }
        return (int) end;
    }

    private String nameString() throws AcpiTableException {
        var text = new StringBuilder();
        int c = peek();
        if (c == '\\') {
            text.append('\\');
            pos++;
        } else {
            while (peek() == '^') {
                text.append('^');
                pos++;
            }
        }
        int lead = u8();
        int count;
        if (lead == 0x00) {
            count = 0;
        } else if (lead == 0x2E) {
            count = 2;
        } else if (lead == 0x2F) {
            count = u8();
        } else {
            pos--;
            count = 1;
        }
        for (int i = 0; i < count; i++) {
            need(4);
            for (int j = 0; j < 4; j++) {
                int ch = b[pos + j] & 0xFF;
                boolean ok = ch == '_' || (ch >= 'A' && ch <= 'Z') || (j > 0 && ch >= '0' && ch <= '9');
                if (!ok) {
                    throw error(pos + j, "byte 0x%02X cannot be part of a name segment".formatted(ch));
                }
            }
            if (i > 0) {
                text.append('.');
            }
            text.append(NamePaths.segment(new String(b, pos, 4, StandardCharsets.US_ASCII)));
            pos += 4;
        }
        return text.toString();
    }

    private static boolean isNameStart(int op) {
        return op == '\\' || op == '^' || op == 0x2E || op == 0x2F || op == '_' || (op >= 'A' && op <= 'Z');
    }

    private static String lastSegment(String name) {
        String s = name.replace("\\", "").replace("^", "");
        int dot = s.lastIndexOf('.');
        return dot < 0 ? (s.isEmpty() ? "_" : s) : s.substring(dot + 1);
    }

    private String string() throws AcpiTableException {
        int start = pos;
        while (true) {
            need(1);
            if (b[pos] == 0) {
                break;
            }
            pos++;
        }
        String s = new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
        pos++;
        return s;
    }

    private long unsigned(int width) throws AcpiTableException {
        need(width);
        long v = 0;
        for (int i = width - 1; i >= 0; i--) {
            v = (v << 8) | (b[pos + i] & 0xFF);
        }
        pos += width;
        return v;
    }

    private int u8() throws AcpiTableException {
        need(1);
        return b[pos++] & 0xFF;
    }

    private int peek() throws AcpiTableException {
        need(1);
        return b[pos] & 0xFF;
    }

    private void need(int n) throws AcpiTableException {
        if (pos + n > b.length || pos < 0) {
            throw error(pos, "AML ends in the middle of a term (" + n + " more bytes expected)");
        }
    }

    private void enter() throws AcpiTableException {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw error(pos, "AML nests deeper than " + MAX_DEPTH + " levels");
        }
    }

    private AcpiTableException error(int offset, String reason) {
        return new AcpiTableException(table.name(), offset, reason);
    }
}
