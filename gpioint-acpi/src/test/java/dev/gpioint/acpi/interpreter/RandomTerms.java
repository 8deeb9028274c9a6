package dev.gpioint.acpi.interpreter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes one random, valid ASL control method: a few statements and a {@code Return} of a depth-bounded random
 * expression over Integers, Strings, Buffers and Packages, using the integer, logical, conversion, string, buffer,
 * package, field and flow-control operators of ASL. Every method it writes compiles with iasl: the generator only
 * makes what iasl accepts instead of relying on iasl to weed out bad cases.
 *
 * <p>iasl folds an operator whose operands are all constants into the constant result, so that both interpreters
 * would just read a number. Every literal is therefore first stored in a Local ({@code Local0..Local5}) or a
 * method-scoped Name, and operators only ever see those: nothing is left for iasl to fold, so the operators are
 * really executed by the interpreters under test.
 *
 * <p>What iasl does reject is kept out by construction: Packages are only ever held in Locals (iasl checks the
 * type of a named Package against each operator), Names and buffer fields are created at the method's top level
 * (a Name inside a loop would be created twice) and every Local is written before it is read.
 */
final class RandomTerms {
    /** The kind of value an expression is meant to produce; it steers operand choice, it does not restrict it. */
    enum Kind { INT, STR, BUF, PKG }

    /** A variable the expressions may read: its ASL name and the kind it was last given. */
    private record Variable(String name, Kind kind) {
    }

    private static final int LEAF_LOCALS = 6;

    private final Random random;
    private final boolean narrow;
    /** Top-level statements in order: literals into Locals and Names, temporaries, fields, then the generated statements. */
    private final List<String> statements = new ArrayList<>();
    private final List<Variable> variables = new ArrayList<>();
    private int nextLocal;
    private int nextName;

    private RandomTerms(Random random, boolean narrow) {
        this.random = random;
        this.narrow = narrow;
    }

    /**
     * A whole {@code Method (name, 0, Serialized)}; {@code narrow} for a revision 1 table, whose integers are 32
     * bits (iasl truncates 64-bit literals there, with a warning, so they still make good cases).
     */
    static String method(Random random, String name, boolean narrow) {
        return new RandomTerms(random, narrow).write(name);
    }

    private String write(String name) {
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String s = statement(2);
            statements.add(s);
        }
        String result = expression(randomKind(), 3);
        var method = new StringBuilder("    Method (").append(name).append(", 0, Serialized)\n    {\n");
        for (String s : statements) {
            method.append("        ").append(s).append('\n');
        }
        return method.append("        Return (").append(result).append(")\n    }\n").toString();
    }

    // ---- statements ---------------------------------------------------------------------------------------

    private String statement(int depth) {
        int choice = random.nextInt(depth > 0 ? 10 : 7);
        return switch (choice) {
            case 0, 1 -> {
                // Store converts to the type of a named target; a Local just takes the value.
                // iasl rejects storing a Package into a Name declared as anything else.
                Variable target = storeTarget();
                String value = expression(target.name().startsWith("Local") ? randomKind() : scalarKind(), 2);
                yield random.nextBoolean() ? "Store (" + value + ", " + target.name() + ")" : target.name() + " = " + value;
            }
            case 2 -> "CopyObject (" + expression(randomKind(), 2) + ", " + storeTarget().name() + ")";
            case 3 -> {
                Variable field = field();
                yield field.name() + " = " + expression(random.nextBoolean() ? Kind.INT : scalarKind(), 2);
            }
            case 4 -> (random.nextBoolean() ? "Increment (" : "Decrement (") + anyVariable(Kind.INT).name() + ")";
            case 5 -> "Divide (" + operand(Kind.INT, 1) + ", " + operand(Kind.INT, 1) + ", " + storeTarget().name()
                    + ", " + storeTarget().name() + ")";
            case 6 -> {
                // A write into one element of a Buffer or Package held in a Local.
                Variable aggregate = random.nextBoolean() ? leaf(Kind.BUF) : leaf(Kind.PKG);
                yield aggregate.name() + " [" + smallIndex() + "] = " + operand(randomKind(), 1);
            }
            case 7, 8 -> "If (" + operand(Kind.INT, 1) + ")\n        {\n            " + statement(depth - 1)
                    + "\n        }\n        Else\n        {\n            " + statement(depth - 1) + "\n        }";
            default -> {
                // A counted loop: at most five turns, the counter a Name of its own so nothing else disturbs it.
                String counter = newName();
                statements.add("Name (" + counter + ", 0)");
                yield "While ((" + counter + " < " + (1 + random.nextInt(5)) + "))\n        {\n            " + counter
                        + "++\n            " + statement(depth - 1) + "\n        }";
            }
        };
    }

    /** Local6, Local7 or a typed Name; the target becomes readable after the statement that writes it. */
    private Variable storeTarget() {
        if (random.nextInt(3) == 0) {
            var local = new Variable("Local" + (6 + random.nextInt(2)), randomKind());
            if (!statements.contains(local.name() + " = Zero")) {
                statements.add(local.name() + " = Zero");
            }
            variables.add(local);
            return local;
        }
        Kind kind = random.nextInt(3) == 0 ? Kind.BUF : random.nextBoolean() ? Kind.STR : Kind.INT;
        return namedLiteral(kind);
    }

    /** A buffer field made at the top level on a named buffer: a Byte, DWord, Bit or arbitrary-width field. */
    private Variable field() {
        Variable buffer = namedLiteral(Kind.BUF);
        String name = newName();
        String create = switch (random.nextInt(4)) {
            case 0 -> "CreateByteField (" + buffer.name() + ", " + random.nextInt(10) + ", " + name + ")";
            case 1 -> "CreateDWordField (" + buffer.name() + ", " + random.nextInt(10) + ", " + name + ")";
            case 2 -> "CreateBitField (" + buffer.name() + ", " + random.nextInt(80) + ", " + name + ")";
            default -> "CreateField (" + buffer.name() + ", " + random.nextInt(40) + ", " + (1 + random.nextInt(80))
                    + ", " + name + ")";
        };
        statements.add(create);
        var field = new Variable(name, Kind.INT);
        variables.add(field);
        return field;
    }

    // ---- expressions --------------------------------------------------------------------------------------

    private Kind randomKind() {
        int k = random.nextInt(10);
        return k < 5 ? Kind.INT : k < 7 ? Kind.STR : k < 9 ? Kind.BUF : Kind.PKG;
    }

    /** Integer, String or Buffer: the kinds every operator's operand may be, given implicit conversion. */
    private Kind scalarKind() {
        int k = random.nextInt(9);
        return k < 5 ? Kind.INT : k < 7 ? Kind.STR : Kind.BUF;
    }

    /** An operand: mostly of the wanted kind, sometimes another, to exercise implicit conversion. */
    private String operand(Kind wanted, int depth) {
        Kind kind = random.nextInt(4) == 0 ? (random.nextBoolean() ? Kind.STR : Kind.BUF) : wanted;
        return expression(kind, depth);
    }

    private String expression(Kind kind, int depth) {
        if (depth <= 0 || random.nextInt(4) == 0) {
            return readable(kind).name();
        }
        return switch (kind) {
            case INT -> integer(depth - 1);
            case STR -> string(depth - 1);
            case BUF -> buffer(depth - 1);
            case PKG -> readable(Kind.PKG).name();
        };
    }

    private static final String[] ARITHMETIC = {"Add", "Subtract", "Multiply", "Mod", "ShiftLeft", "ShiftRight", "And",
            "Or", "XOr", "NAnd", "NOr"};
    private static final String[] INFIX = {"+", "-", "*", "%", "<<", ">>", "&", "|", "^"};
    private static final String[] COMPARE = {"LEqual", "LGreater", "LLess", "LNotEqual", "LLessEqual", "LGreaterEqual"};
    private static final String[] COMPARE_INFIX = {"==", ">", "<", "!=", "<=", ">="};
    private static final String[] MATCH = {"MTR", "MEQ", "MLE", "MLT", "MGE", "MGT"};

    private String integer(int d) {
        return switch (random.nextInt(18)) {
            case 0, 1 -> {
                String op = ARITHMETIC[random.nextInt(ARITHMETIC.length)];
                // Now and then with a store target too: the result is converted into the named target.
                String target = random.nextInt(5) == 0 ? ", " + storeTarget().name() : "";
                yield op + " (" + operand(Kind.INT, d) + ", " + operand(Kind.INT, d) + target + ")";
            }
            case 2 -> "(" + operand(Kind.INT, d) + " " + INFIX[random.nextInt(INFIX.length)] + " " + operand(Kind.INT, d) + ")";
            case 3 -> "Divide (" + operand(Kind.INT, d) + ", " + operand(Kind.INT, d) + ", " + storeTarget().name() + ")";
            case 4 -> (random.nextBoolean() ? "Not (" : random.nextBoolean() ? "FindSetLeftBit (" : "FindSetRightBit (")
                    + operand(Kind.INT, d) + ")";
            case 5 -> (random.nextBoolean() ? "LAnd (" : "LOr (") + operand(Kind.INT, d) + ", " + operand(Kind.INT, d) + ")";
            case 6 -> "LNot (" + operand(Kind.INT, d) + ")";
            case 7, 8 -> {
                Kind first = random.nextBoolean() ? Kind.INT : random.nextBoolean() ? Kind.STR : Kind.BUF;
                int op = random.nextInt(COMPARE.length);
                yield random.nextBoolean() ? COMPARE[op] + " (" + operand(first, d) + ", " + operand(first, d) + ")"
                        : "(" + operand(first, d) + " " + COMPARE_INFIX[op] + " " + operand(first, d) + ")";
            }
            case 9 -> "ToInteger (" + operand(random.nextBoolean() ? Kind.STR : Kind.BUF, d) + ")";
            case 10 -> (random.nextBoolean() ? "ToBCD (" : "FromBCD (") + operand(Kind.INT, d) + ")";
            case 11 -> "SizeOf (" + temporary(random.nextBoolean() ? Kind.STR : random.nextBoolean() ? Kind.BUF : Kind.PKG, d) + ")";
            case 12 -> {
                // Index then DerefOf: a character of a String, a byte of a Buffer or an element of a Package.
                Kind source = random.nextInt(3) == 0 ? Kind.STR : random.nextBoolean() ? Kind.BUF : Kind.PKG;
                String src = temporary(source, d);
                yield random.nextBoolean() ? "DerefOf (Index (" + src + ", " + smallIndex() + "))"
                        : "DerefOf (" + src + " [" + smallIndex() + "])";
            }
            case 13 -> "Match (" + readable(Kind.PKG).name() + ", " + MATCH[random.nextInt(MATCH.length)] + ", "
                    + operand(Kind.INT, d) + ", " + MATCH[random.nextInt(MATCH.length)] + ", " + operand(Kind.INT, d)
                    + ", " + random.nextInt(4) + ")";
            case 14 -> "ObjectType (" + anyVariable(randomKind()).name() + ")";
            case 15 -> (random.nextBoolean() ? "Increment (" : "Decrement (") + anyVariable(Kind.INT).name() + ")";
            case 16 -> "Concatenate (" + operand(Kind.INT, d) + ", " + operand(Kind.INT, d) + ")";
            default -> readable(Kind.INT).name();
        };
    }

    private String string(int d) {
        return switch (random.nextInt(8)) {
            case 0 -> "ToHexString (" + operand(random.nextBoolean() ? Kind.INT : Kind.BUF, d) + ")";
            case 1 -> "ToDecimalString (" + operand(random.nextBoolean() ? Kind.INT : Kind.BUF, d) + ")";
            case 2 -> "ToString (" + operand(Kind.BUF, d) + (random.nextBoolean() ? "" : ", " + lengthArgument()) + ")";
            case 3, 4 -> "Concatenate (" + operand(Kind.STR, d) + ", " + operand(scalarKind(), d) + ")";
            case 5 -> "Mid (" + operand(Kind.STR, d) + ", " + midArgument() + ", " + midArgument() + ")";
            default -> readable(Kind.STR).name();
        };
    }

    private String buffer(int d) {
        return switch (random.nextInt(8)) {
            case 0 -> "ToBuffer (" + operand(scalarKind(), d) + ")";
            case 1, 2 -> "Concatenate (" + operand(Kind.BUF, d) + ", " + operand(scalarKind(), d) + ")";
            case 3 -> "Mid (" + operand(Kind.BUF, d) + ", " + midArgument() + ", " + midArgument() + ")";
            case 4 -> "ConcatenateResTemplate (" + template() + ", " + template() + ")";
            default -> readable(Kind.BUF).name();
        };
    }

    /** An index or length: a Local or Name holding a small number, or one near the end of all integers. */
    private String lengthArgument() {
        return integerLeaf(random.nextInt(6) == 0 ? "Ones" : hex(random.nextInt(12)));
    }

    /**
     * An index or length for Mid: small, or past any end but far from the top of the integers. ACPICA 20200925
     * adds Mid's index and length without checking for overflow, and with Ones it corrupts its heap (acpiexec
     * aborts or answers nothing), so Ones here would only test acpiexec.
     */
    private String midArgument() {
        return integerLeaf(random.nextInt(6) == 0 ? "0xFFFF" : hex(random.nextInt(12)));
    }

    private String smallIndex() {
        return Integer.toString(random.nextInt(7));
    }

    /**
     * The value of an expression held in a variable, for operators ASL only lets read a name or Local
     * (SizeOf, Index): a spare Local when one is left, else a Name given the value with CopyObject.
     */
    private String temporary(Kind kind, int d) {
        String value = expression(kind, d);
        if (value.matches("Local[0-7]|[A-Z][0-9A-Z]{3}") && (kind == Kind.PKG || random.nextBoolean())) {
            // A Package is always already in a variable (see leaf), and iasl would reject it in a Name of another type.
            return value;
        }
        String name;
        if (nextLocal < LEAF_LOCALS) {
            name = "Local" + nextLocal++;
            statements.add(name + " = " + value);
        } else {
            // Declared with the kind it will hold: iasl checks a Name's declared type against SizeOf and Index.
            name = newName();
            statements.add("Name (" + name + ", " + (kind == Kind.STR ? "\"\"" : "Buffer () {}") + ")");
            statements.add("CopyObject (" + value + ", " + name + ")");
        }
        variables.add(new Variable(name, kind));
        return name;
    }

    /** A readable variable of {@code kind}: an existing one now and then, else a new literal. */
    private Variable readable(Kind kind) {
        if (kind != Kind.PKG && random.nextInt(3) == 0) {
            for (Variable v : variables) {
                if (v.kind() == kind && random.nextBoolean()) {
                    return v;
                }
            }
        }
        return leaf(kind);
    }

    /**
     * Any variable already made (for ObjectType, Increment, Decrement); one declared as a named Package only
     * when {@code kind} is PKG, since iasl rejects a named Package where an Integer is due.
     */
    private Variable anyVariable(Kind kind) {
        if (!variables.isEmpty() && random.nextBoolean()) {
            Variable v = variables.get(random.nextInt(variables.size()));
            if (kind == Kind.PKG || v.kind() != Kind.PKG || v.name().startsWith("Local")) {
                return v;
            }
        }
        return kind == Kind.PKG ? leaf(Kind.PKG) : readable(kind);
    }

    /**
     * A new literal of {@code kind} in a Local while Local0..Local5 last, else in a Name. A named Package is only
     * ever used where ASL takes a Package (iasl checks), see {@link #anyVariable}.
     */
    private Variable leaf(Kind kind) {
        String literal = literal(kind);
        Variable v;
        if (nextLocal < LEAF_LOCALS && (kind == Kind.PKG || random.nextInt(3) > 0)) {
            v = new Variable("Local" + nextLocal++, kind);
            statements.add(v.name() + " = " + literal);
        } else {
            v = new Variable(newName(), kind);
            statements.add("Name (" + v.name() + ", " + literal + ")");
        }
        variables.add(v);
        return v;
    }

    private Variable namedLiteral(Kind kind) {
        var v = new Variable(newName(), kind);
        statements.add("Name (" + v.name() + ", " + literal(kind) + ")");
        variables.add(v);
        return v;
    }

    private String integerLeaf(String literal) {
        if (nextLocal < LEAF_LOCALS) {
            String name = "Local" + nextLocal++;
            statements.add(name + " = " + literal);
            variables.add(new Variable(name, Kind.INT));
            return name;
        }
        String name = newName();
        statements.add("Name (" + name + ", " + literal + ")");
        variables.add(new Variable(name, Kind.INT));
        return name;
    }

    private String newName() {
        String digits = Integer.toString(nextName++, 36).toUpperCase(Locale.ROOT);
        return "V" + "000".substring(digits.length()) + digits;
    }

    /** A small valid resource template in a Local or Name, for ConcatenateResTemplate. */
    private String template() {
        String[] descriptors = {
                "IRQNoFlags () {" + random.nextInt(16) + "}",
                io(random.nextInt(0x10000)),
                "Memory32Fixed (ReadWrite, 0x" + Integer.toHexString(random.nextInt()) + ", 0x1000)",
                "Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) {" + random.nextInt(1000) + "}",
                "GpioInt (Edge, ActiveLow, Exclusive, PullUp, 0, \"\\\\_SB.GIO0\") {" + random.nextInt(200) + "}",
        };
        var t = new StringBuilder("ResourceTemplate () {");
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            t.append(' ').append(descriptors[random.nextInt(descriptors.length)]);
        }
        String literal = t.append(" }").toString();
        String name;
        if (nextLocal < LEAF_LOCALS) {
            name = "Local" + nextLocal++;
            statements.add(name + " = " + literal);
        } else {
            name = newName();
            statements.add("Name (" + name + ", " + literal + ")");
        }
        variables.add(new Variable(name, Kind.BUF));
        return name;
    }

    /** An IO descriptor at one fixed port (iasl rejects a minimum above the maximum). */
    private String io(int port) {
        String p = "0x" + Integer.toHexString(port);
        return "IO (Decode16, " + p + ", " + p + ", 0x01, 0x" + Integer.toHexString(1 + random.nextInt(255)) + ")";
    }

    // ---- literals -----------------------------------------------------------------------------------------

    private static final long[] INTERESTING = {0, 1, 2, 0x7F, 0xFF, 0x100, 0x1234, 0x9999, 0x7FFFFFFFL, 0x80000000L,
            0xFFFFFFFEL, 0xFFFFFFFFL, 0x100000000L, 0x123456789L, 0x7FFFFFFFFFFFFFFFL, 0x8000000000000000L,
            0xFFFFFFFFFFFFFFFEL, 0xFFFFFFFFFFFFFFFFL, 0x9999999999999999L, 0x0000000012345678L, 63, 64, 32, 31};

    private String literal(Kind kind) {
        return switch (kind) {
            case INT -> integerLiteral();
            case STR -> "\"" + stringContent() + "\"";
            case BUF -> bufferLiteral();
            case PKG -> packageLiteral(2);
        };
    }

    private String integerLiteral() {
        return switch (random.nextInt(8)) {
            case 0 -> new String[] {"Zero", "One", "Ones"}[random.nextInt(3)];
            case 1 -> hex(random.nextLong());
            case 2 -> hex(random.nextInt() & 0xFFFFFFFFL);
            case 3 -> Integer.toString(random.nextInt(100));
            default -> hex(INTERESTING[random.nextInt(INTERESTING.length)]);
        };
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v).toUpperCase(Locale.ROOT);
    }

    private static final String HEX = "0123456789ABCDEFabcdef";

    /** Hex digits, decimal digits, {@code 0x..}, blanks, empty, or a few letters: printable, no quote or backslash. */
    private String stringContent() {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> " ".repeat(1 + random.nextInt(3)) + (random.nextBoolean() ? digits("0123456789", 1 + random.nextInt(4)) : "");
            case 2 -> digits("0123456789", 1 + random.nextInt(20));
            case 3 -> (random.nextBoolean() ? "0x" : "0X") + digits(HEX, random.nextInt(18));
            case 4 -> digits(HEX, 1 + random.nextInt(18));
            case 5 -> digits("0123456789", 1 + random.nextInt(4)) + digits("ghxyz -", 1 + random.nextInt(3));
            case 6 -> new String[] {"FFFFFFFF", "FFFFFFFFFFFFFFFF", "100000000", "18446744073709551615", "4294967296", "-1", "+5"}[random.nextInt(7)];
            default -> digits("abcdefghijklmnopqrstuvwxyz ABCXYZ", 1 + random.nextInt(8));
        };
    }

    private String digits(String alphabet, int length) {
        var s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** Empty, short, or eight bytes and more; sometimes declared longer than its initializer. */
    private String bufferLiteral() {
        int length = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(4);
            default -> 8 + random.nextInt(9);
        };
        var b = new StringBuilder("Buffer (");
        if (random.nextInt(4) == 0) {
            b.append(length + random.nextInt(4));
        }
        b.append(") {");
        for (int i = 0; i < length; i++) {
            b.append(i == 0 ? "" : ", ").append("0x").append(Integer.toHexString(random.nextInt(4) == 0 ? 0xFF : random.nextInt(256)).toUpperCase(Locale.ROOT));
        }
        return b.append("}").toString();
    }

    private String packageLiteral(int depth) {
        int count = random.nextInt(5);
        var p = new StringBuilder("Package (");
        if (random.nextInt(4) == 0) {
            p.append(count + random.nextInt(3));
        }
        p.append(") {");
        for (int i = 0; i < count; i++) {
            p.append(i == 0 ? "" : ", ");
            switch (random.nextInt(depth > 0 ? 4 : 3)) {
                case 0 -> p.append(integerLiteral());
                case 1 -> p.append('"').append(stringContent()).append('"');
                case 2 -> p.append(bufferLiteral());
                default -> p.append(packageLiteral(depth - 1));
            }
        }
        return p.append("}").toString();
    }
}
