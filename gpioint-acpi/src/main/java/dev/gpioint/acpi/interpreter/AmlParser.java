package dev.gpioint.acpi.interpreter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads AML bytes into {@link Term}s (ACPI 6.5 section 20.2). A name followed by arguments is a method call
 * only when the name resolves, from the scope being parsed, to a method: the parser asks the namespace through
 * {@link Arity}, as every AML interpreter must, since the encoding does not say. Names are kept as written,
 * with four-character segments joined by dots ({@code \_SB_.PCI0}) and their {@code \} or {@code ^} prefix.
 * Malformed AML fails with an {@link AmlFault} (AE_AML_BAD_OPCODE or a truncation status) naming the offset.
 * Not thread-safe.
 */
final class AmlParser {
    /** Deepest term nesting accepted; deeper AML is refused rather than overflowing the Java stack. */
    static final int MAX_NESTING = 256;

    /** Answers how many arguments the method a name resolves to takes, or -1 when it is not a method. */
    @FunctionalInterface
    interface Arity {
        int of(String name, AmlNode scope);
    }

    final AmlCode code;
    private final byte[] b;
    private final Arity arity;
    int pos;
    AmlNode scope;
    private int depth;

    AmlParser(AmlCode code, int pos, AmlNode scope, Arity arity) {
        this.code = code;
        this.b = code.bytes();
        this.pos = pos;
        this.scope = scope;
        this.arity = arity;
    }

    /** Every term up to {@code end}. */
    List<Term> termList(int end) {
        var terms = new ArrayList<Term>();
        while (pos < end) {
            terms.add(term(end));
        }
        if (pos != end) {
            throw fault(AmlStatus.AE_AML_BAD_RESOURCE_LENGTH, pos, "a term runs past the end of its block (0x" + Integer.toHexString(end) + ")");
        }
        return terms;
    }

    /** One term (statement, definition or expression) that must end by {@code end}. */
    Term term(int end) {
        int start = pos;
        int op = peek();
        Term t = switch (op) {
            case 0x14 -> {
                pos++;
                int bodyEnd = pkgEnd();
                String name = nameString();
                int flags = u8();
                if (pos > bodyEnd) {
                    throw fault(AmlStatus.AE_AML_BAD_RESOURCE_LENGTH, start, "Method " + name + " is shorter than its header");
                }
                int bodyStart = pos;
                pos = bodyEnd;
                yield new Term.MethodDef(start, name, flags, bodyStart, bodyEnd);
            }
            case 0x10 -> scopeDef(start, AmlNamedObject.ScopeKind.SCOPE, 0);
            case 0x08 -> {
                pos++;
                String name = nameString();
                yield new Term.NameDef(start, name, dataObject());
            }
            case 0x06 -> {
                pos++;
                yield new Term.AliasDef(start, nameString(), nameString());
            }
            case 0x15 -> {
                pos++;
                nameString();
                u8();
                u8();
                yield new Term.Nothing(start);
            }
            case 0xA0 -> ifElse(start, end);
            case 0xA2 -> {
                pos++;
                int bodyEnd = pkgEnd();
                Term predicate = termArg();
                yield new Term.While(start, predicate, block(bodyEnd));
            }
            case 0xA4 -> {
                pos++;
                yield new Term.Return(start, termArg());
            }
            case 0xA5 -> {
                pos++;
                yield new Term.Break(start);
            }
            case 0x9F -> {
                pos++;
                yield new Term.Continue(start);
            }
            case 0xA3, 0xCC -> {
                pos++;
                yield new Term.Nothing(start);
            }
            case 0x8A, 0x8B, 0x8C, 0x8D, 0x8F -> {
                pos++;
                Term source = termArg();
                Term index = termArg();
                yield new Term.CreateFieldDef(start, op, source, index, null, nameString());
            }
            case 0x5B -> extendedTerm(start);
            default -> termArg();
        };
        if (pos > end) {
            throw fault(AmlStatus.AE_AML_BAD_RESOURCE_LENGTH, start, "a term runs past the end of its block (0x" + Integer.toHexString(end) + ")");
        }
        return t;
    }

    private Term extendedTerm(int start) {
        int ext = peekAt(pos + 1);
        return switch (ext) {
            case 0x01 -> {
                pos += 2;
                String name = nameString();
                yield new Term.MutexDef(start, name, u8() & 0xF);
            }
            case 0x02 -> {
                pos += 2;
                yield new Term.EventDef(start, nameString());
            }
            case 0x13 -> {
                pos += 2;
                Term source = termArg();
                Term index = termArg();
                Term bits = termArg();
                yield new Term.CreateFieldDef(start, 0x5B13, source, index, bits, nameString());
            }
            case 0x80 -> {
                pos += 2;
                String name = nameString();
                int space = u8();
                Term offset = termArg();
                yield new Term.RegionDef(start, name, space, offset, termArg());
            }
            case 0x88 -> {
                pos += 2;
                String name = nameString();
                Term sig = termArg();
                Term oem = termArg();
                yield new Term.DataRegionDef(start, name, sig, oem, termArg());
            }
            case 0x81, 0x86, 0x87 -> fieldDef(start, ext);
            case 0x82 -> scopeDef(start, AmlNamedObject.ScopeKind.DEVICE, 0);
            case 0x83 -> scopeDef(start, AmlNamedObject.ScopeKind.PROCESSOR, 6);
            case 0x84 -> scopeDef(start, AmlNamedObject.ScopeKind.POWER_RESOURCE, 3);
            case 0x85 -> scopeDef(start, AmlNamedObject.ScopeKind.THERMAL_ZONE, 0);
            default -> termArg();
        };
    }

    /** If, and the Else that follows it inside the same enclosing block ({@code end}) only. */
    private Term ifElse(int start, int end) {
        pos++;
        int thenEnd = pkgEnd();
        Term predicate = termArg();
        List<Term> then = block(thenEnd);
        List<Term> otherwise = List.of();
        if (pos < end && peek() == 0xA1) {
            pos++;
            int elseEnd = pkgEnd();
            otherwise = block(elseEnd);
        }
        return new Term.If(start, predicate, then, otherwise);
    }

    private List<Term> block(int end) {
        enter();
        try {
            return termList(end);
        } finally {
            depth--;
        }
    }

    /** A scope-like block inside a method: its body is parsed in the new scope. */
    private Term scopeDef(int start, AmlNamedObject.ScopeKind kind, int skip) {
        pos += kind == AmlNamedObject.ScopeKind.SCOPE ? 1 : 2;
        int end = pkgEnd();
        String name = nameString();
        need(skip);
        pos += skip;
        if (pos > end) {
            throw fault(AmlStatus.AE_AML_BAD_RESOURCE_LENGTH, start, "block " + name + " is shorter than its header");
        }
        // Parsed ahead of running: names defined inside are not yet in the namespace, so calls resolve outward.
        return new Term.ScopeDef(start, kind, name, block(end));
    }

    private Term fieldDef(int start, int ext) {
        pos += 2;
        int end = pkgEnd();
        List<String> names = new ArrayList<>();
        names.add(nameString());
        Term bankValue = null;
        if (ext == 0x86) {
            names.add(nameString());
        } else if (ext == 0x87) {
            names.add(nameString());
            bankValue = termArg();
        }
        int flags = u8();
        var elements = new ArrayList<Term.FieldElement>();
        while (pos < end) {
            int lead = peek();
            switch (lead) {
                case 0x00 -> {
                    pos++;
                    elements.add(new Term.FieldElement.Reserved(pkgLength()));
                }
                case 0x01 -> {
                    pos++;
                    int type = u8();
                    elements.add(new Term.FieldElement.AccessAs(type, u8(), 0));
                }
                case 0x03 -> {
                    pos++;
                    int type = u8();
                    int attribute = u8();
                    elements.add(new Term.FieldElement.AccessAs(type, attribute, u8()));
                }
                case 0x02 -> {
                    pos++;
                    Term resource = peek() == 0x11 ? termArg() : new Term.NameRef(pos, nameString());
                    elements.add(new Term.FieldElement.Connection(resource));
                }
                default -> {
                    String seg = nameSeg();
                    elements.add(new Term.FieldElement.Named(seg, pkgLength()));
                }
            }
        }
        if (pos != end) {
            throw fault(AmlStatus.AE_AML_BAD_RESOURCE_LENGTH, start, "a field list runs past the end of its Field");
        }
        return new Term.FieldDef(start, ext, names, bankValue, flags, elements);
    }

    // ---- expressions ---------------------------------------------------------------------------------

    /** The value of a Name: a constant, buffer, package or name. */
    private Term dataObject() {
        return termArg();
    }

    /** A TermArg: an expression that yields a value. */
    Term termArg() {
        enter();
        try {
            return expression();
        } finally {
            depth--;
        }
    }

    private Term expression() {
        int start = pos;
        int op = u8();
        switch (op) {
            case 0x00:
                return new Term.Const(start, AmlValue.Integer.ZERO);
            case 0x01:
                return new Term.Const(start, AmlValue.Integer.ONE);
            case 0xFF:
                return new Term.Const(start, new AmlValue.Integer(-1));
            case 0x0A:
                return new Term.Const(start, new AmlValue.Integer(unsigned(1)));
            case 0x0B:
                return new Term.Const(start, new AmlValue.Integer(unsigned(2)));
            case 0x0C:
                return new Term.Const(start, new AmlValue.Integer(unsigned(4)));
            case 0x0E:
                return new Term.Const(start, new AmlValue.Integer(unsigned(8)));
            case 0x0D:
                return new Term.Const(start, new AmlValue.Str(string()));
            case 0x11: {
                int end = pkgEnd();
                Term size = termArg();
                if (pos > end) {
                    throw fault(AmlStatus.AE_AML_BAD_RESOURCE_LENGTH, start, "Buffer size runs past the buffer");
                }
                byte[] init = Arrays.copyOfRange(b, pos, end);
                pos = end;
                return new Term.BufferLit(start, size, init);
            }
            case 0x12, 0x13: {
                int end = pkgEnd();
                Term count = op == 0x12 ? new Term.Const(pos, new AmlValue.Integer(u8())) : termArg();
                var elements = new ArrayList<Term>();
                while (pos < end) {
                    elements.add(isNameStart(peek()) ? new Term.ElementName(pos, nameString()) : termArg());
                }
                if (pos != end) {
                    throw fault(AmlStatus.AE_AML_BAD_RESOURCE_LENGTH, start, "a Package element runs past the package");
                }
                return new Term.PackageLit(start, count, elements);
            }
            case 0x5B:
                return extendedExpression(start);
            default:
                break;
        }
        if (op >= 0x60 && op <= 0x67) {
            return new Term.Local(start, op - 0x60);
        }
        if (op >= 0x68 && op <= 0x6E) {
            return new Term.Arg(start, op - 0x68);
        }
        if (isNameStart(op)) {
            pos = start;
            String name = nameString();
            int args = arity.of(name, scope);
            if (args < 0) {
                return new Term.NameRef(start, name);
            }
            var list = new ArrayList<Term>(args);
            for (int i = 0; i < args; i++) {
                list.add(termArg());
            }
            return new Term.Call(start, name, list);
        }
        String shape = OPERANDS[op];
        if (shape == null) {
            throw fault(AmlStatus.AE_AML_BAD_OPCODE, start, "unknown AML opcode 0x%02X".formatted(op));
        }
        return operator(start, op, shape);
    }

    private Term extendedExpression(int start) {
        int ext = u8();
        switch (ext) {
            case 0x31:
                return new Term.DebugObject(start);
            case 0x30, 0x33:
                return new Term.Op(start, 0x5B00 | ext, List.of(), null, null);
            default:
                break;
        }
        String shape = EXTENDED_OPERANDS[ext];
        if (shape == null) {
            throw fault(AmlStatus.AE_AML_BAD_OPCODE, start, "unknown or misplaced AML opcode 0x5B 0x%02X".formatted(ext));
        }
        return operator(start, 0x5B00 | ext, shape);
    }

    /**
     * Operands by shape letter: T a TermArg, S a SuperName (a name here is never a call), R a Target (may be
     * NullName), B/W/D a constant byte, word or dword.
     */
    private Term operator(int start, int opcode, String shape) {
        var operands = new ArrayList<Term>(shape.length());
        Term target = null;
        Term target2 = null;
        int targets = 0;
        for (int i = 0; i < shape.length(); i++) {
            switch (shape.charAt(i)) {
                case 'T' -> operands.add(termArg());
                case 'S' -> operands.add(superName());
                case 'R' -> {
                    Term t = target();
                    if (targets++ == 0) {
                        target = t;
                    } else {
                        target2 = t;
                    }
                }
                case 'B' -> operands.add(new Term.Const(pos, new AmlValue.Integer(unsigned(1))));
                case 'W' -> operands.add(new Term.Const(pos, new AmlValue.Integer(unsigned(2))));
                case 'D' -> operands.add(new Term.Const(pos, new AmlValue.Integer(unsigned(4))));
                default -> throw new IllegalStateException("bad operand shape " + shape);
            }
        }
        return new Term.Op(start, opcode, List.copyOf(operands), target, target2);
    }

    /** A SuperName: a name (never called), a Local, an Arg, Debug, or a reference-yielding expression. */
    private Term superName() {
        int start = pos;
        int op = peek();
        if (isNameStart(op)) {
            return new Term.NameRef(start, nameString());
        }
        return termArg();
    }

    /** A Target: NullName (no store) or a SuperName. */
    private Term target() {
        if (peek() == 0x00) {
            pos++;
            return null;
        }
        return superName();
    }

    // ---- encoding primitives ---------------------------------------------------------------------------

    /** Reads a PkgLength and returns the absolute end of the package it measures. */
    int pkgEnd() {
        int start = pos;
        long length = pkgLength();
        long end = start + length;
        if (end > b.length || end < pos) {
            throw fault(AmlStatus.AE_AML_BAD_RESOURCE_LENGTH, start,
                    "package length " + length + " runs past the end of the table (" + b.length + " bytes)");
        }
        return (int) end;
    }

    private long pkgLength() {
        int lead = u8();
        int extra = lead >> 6;
        if (extra == 0) {
            return lead & 0x3F;
        }
        long length = lead & 0x0F;
        for (int i = 0; i < extra; i++) {
            length |= (long) u8() << (4 + 8 * i);
        }
        return length;
    }

    /** A NameString as written: prefix, then padded segments joined by dots. */
    String nameString() {
        var text = new StringBuilder(8);
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
            if (i > 0) {
                text.append('.');
            }
            text.append(nameSeg());
        }
        return text.toString();
    }

    private String nameSeg() {
        need(4);
        char[] seg = new char[4];
        for (int j = 0; j < 4; j++) {
            int ch = b[pos + j] & 0xFF;
            boolean ok = ch == '_' || (ch >= 'A' && ch <= 'Z') || (j > 0 && ch >= '0' && ch <= '9');
            if (!ok) {
                throw fault(AmlStatus.AE_AML_BAD_OPCODE, pos + j, "byte 0x%02X cannot be part of a name segment".formatted(ch));
            }
            seg[j] = (char) ch;
        }
        pos += 4;
        return new String(seg);
    }

    static boolean isNameStart(int op) {
        return op == '\\' || op == '^' || op == 0x2E || op == 0x2F || op == '_' || (op >= 'A' && op <= 'Z');
    }

    private String string() {
        int start = pos;
        while (true) {
            need(1);
            if (b[pos] == 0) {
                break;
            }
            pos++;
        }
        String s = new String(b, start, pos - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        pos++;
        return s;
    }

    private long unsigned(int width) {
        need(width);
        long v = 0;
        for (int i = width - 1; i >= 0; i--) {
            v = (v << 8) | (b[pos + i] & 0xFF);
        }
        pos += width;
        return v;
    }

    int u8() {
        need(1);
        return b[pos++] & 0xFF;
    }

    int peek() {
        need(1);
        return b[pos] & 0xFF;
    }

    private int peekAt(int at) {
        if (at >= b.length) {
            throw fault(AmlStatus.AE_AML_BAD_RESOURCE_LENGTH, at, "AML ends in the middle of a term");
        }
        return b[at] & 0xFF;
    }

    void need(int n) {
        if (pos + n > b.length || pos < 0) {
            throw fault(AmlStatus.AE_AML_BAD_RESOURCE_LENGTH, pos, "AML ends in the middle of a term (" + n + " more bytes expected)");
        }
    }

    private void enter() {
        if (++depth > MAX_NESTING) {
            depth--;
            throw fault(AmlStatus.AE_AML_BAD_OPCODE, pos, "AML nests deeper than " + MAX_NESTING + " levels");
        }
    }

    AmlFault fault(AmlStatus status, int offset, String reason) {
        AmlFault f = new AmlFault(status, reason).at(code.table(), offset, scope.path());
        f.parse = true;
        return f;
    }

    private static final String[] OPERANDS = new String[256];
    private static final String[] EXTENDED_OPERANDS = new String[256];

    static {
        // ACPI 6.5 section 20.2.5: the operand shape of each expression opcode.
        String[][] one = {
                {"70", "TS"}, {"71", "S"}, {"72", "TTR"}, {"73", "TTR"}, {"74", "TTR"}, {"75", "S"}, {"76", "S"},
                {"77", "TTR"}, {"78", "TTRR"}, {"79", "TTR"}, {"7A", "TTR"}, {"7B", "TTR"}, {"7C", "TTR"},
                {"7D", "TTR"}, {"7E", "TTR"}, {"7F", "TTR"}, {"80", "TR"}, {"81", "TR"}, {"82", "TR"},
                {"83", "T"}, {"84", "TTR"}, {"85", "TTR"}, {"86", "ST"}, {"87", "S"}, {"88", "TTR"},
                {"89", "TBTBTT"}, {"8E", "S"}, {"90", "TT"}, {"91", "TT"}, {"92", "T"}, {"93", "TT"},
                {"94", "TT"}, {"95", "TT"}, {"96", "TR"}, {"97", "TR"}, {"98", "TR"}, {"99", "TR"},
                {"9C", "TTR"}, {"9D", "TS"}, {"9E", "TTTR"}};
        for (String[] e : one) {
            OPERANDS[Integer.parseInt(e[0], 16)] = e[1];
        }
        String[][] ext = {
                {"12", "SR"}, {"1F", "TTTTTT"}, {"20", "SR"}, {"21", "T"}, {"22", "T"}, {"23", "SW"}, {"24", "S"},
                {"25", "ST"}, {"26", "S"}, {"27", "S"}, {"28", "TR"}, {"29", "TR"}, {"2A", "S"}, {"32", "BDT"}};
        for (String[] e : ext) {
            EXTENDED_OPERANDS[Integer.parseInt(e[0], 16)] = e[1];
        }
    }
}
