package dev.gpioint.acpi.interpreter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The expression operators of ACPI 6.5 section 19.6, with ACPICA's conversion and limit behaviour: arithmetic
 * and logic in the interpreter's integer width, comparisons and Concatenate typed by their first operand, the
 * string and buffer operators, references ({@code RefOf}, {@code Index}, {@code DerefOf}, {@code CondRefOf}),
 * type queries, conversions, synchronization, time, and table loading. All operands are evaluated before the
 * operator runs (AML has no short-circuit). Not thread-safe.
 */
final class Operators {
    private final Executor ex;
    private final Conversions conv;

    Operators(Executor ex) {
        this.ex = ex;
        this.conv = ex.conv;
    }

    AmlValue apply(Term.Op op, Frame f) {
        try {
            return compute(op, f);
        } catch (AmlFault fault) {
            // ACPICA resolves an operator's targets before it runs it: a target that cannot be reached
            // (Index past the end) is the failure reported, even when the operation itself would fail too.
            reachTargets(op, f);
            throw fault;
        }
    }

    private void reachTargets(Term.Op op, Frame f) {
        for (Term target : new Term[] {op.target(), op.target2()}) {
            if (target != null && !(target instanceof Term.Local || target instanceof Term.Arg
                    || target instanceof Term.NameRef || target instanceof Term.DebugObject)) {
                ex.eval(target, f);
            }
        }
    }

    private AmlValue compute(Term.Op op, Frame f) {
        List<Term> o = op.operands();
        return switch (op.opcode()) {
            case 0x70 -> ex.store(ex.eval(o.get(0), f), o.get(1), f);
            case 0x9D -> {
                AmlValue v = ex.eval(o.get(0), f);
                ex.copyObject(v, o.get(1), f);
                yield v;
            }
            case 0x72, 0x74, 0x77, 0x79, 0x7A, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F, 0x85 -> {
                AmlValue[] v = operands(o, f);
                yield result(integer(binary(op.opcode(), conv.toInteger(v[0]), conv.toInteger(v[1]))), op.target(), f);
            }
            case 0x78 -> {
                AmlValue[] v = operands(o, f);
                long a = conv.toInteger(v[0]);
                long b = conv.toInteger(v[1]);
                if (b == 0) {
                    throw new AmlFault(AmlStatus.AE_AML_DIVIDE_BY_ZERO, "Divide by zero");
                }
                ex.store(integer(Long.remainderUnsigned(a, b)), op.target(), f);
                yield result(integer(Long.divideUnsigned(a, b)), op.target2(), f);
            }
            case 0x75, 0x76 -> {
                AmlValue current = ex.deref(ex.eval(o.get(0), f));
                long v = conv.toInteger(current) + (op.opcode() == 0x75 ? 1 : -1);
                AmlValue next = integer(v);
                ex.store(next, o.get(0), f);
                yield next;
            }
            case 0x80 -> result(integer(~ex.integer(o.get(0), f)), op.target(), f);
            case 0x81 -> {
                long v = ex.integer(o.get(0), f);
                yield result(integer(v == 0 ? 0 : 64 - Long.numberOfLeadingZeros(v)), op.target(), f);
            }
            case 0x82 -> {
                long v = ex.integer(o.get(0), f);
                yield result(integer(v == 0 ? 0 : Long.numberOfTrailingZeros(v) + 1), op.target(), f);
            }
            case 0x90, 0x91 -> {
                // Both operands convert before the test (no short-circuit): a Package fails even after a zero.
                AmlValue[] v = operands(o, f);
                long a = conv.toInteger(v[0]);
                long b = conv.toInteger(v[1]);
                yield bool(op.opcode() == 0x90 ? a != 0 && b != 0 : a != 0 || b != 0);
            }
            case 0x92 -> bool(ex.integer(o.get(0), f) == 0);
            case 0x93, 0x94, 0x95 -> {
                AmlValue[] v = operands(o, f);
                int c = compare(v[0], v[1]);
                yield bool(op.opcode() == 0x93 ? c == 0 : op.opcode() == 0x94 ? c > 0 : c < 0);
            }
            case 0x73 -> {
                AmlValue[] v = operands(o, f);
                yield result(concatenate(v[0], v[1]), op.target(), f);
            }
            case 0x84 -> {
                AmlValue[] v = operands(o, f);
                yield result(ResourceTemplates.concatenate(resourceBytes(v[0]), resourceBytes(v[1])), op.target(), f);
            }
            case 0x9E -> {
                AmlValue[] v = operands(o, f);
                yield result(mid(v[0], conv.toInteger(v[1]), conv.toInteger(v[2])), op.target(), f);
            }
            case 0x96 -> result(new AmlValue.Buffer(conv.toBuffer(ex.deref(ex.eval(o.get(0), f)))), op.target(), f);
            case 0x97 -> result(new AmlValue.Str(conv.toDecimalString(ex.deref(ex.eval(o.get(0), f)))), op.target(), f);
            case 0x98 -> result(new AmlValue.Str(conv.toHexString(ex.deref(ex.eval(o.get(0), f)))), op.target(), f);
            case 0x99 -> result(integer(conv.explicitInteger(ex.deref(ex.eval(o.get(0), f)))), op.target(), f);
            case 0x9C -> {
                AmlValue[] v = operands(o, f);
                AmlValue source = v[0];
                long length = conv.toInteger(v[1]);
                yield result(new AmlValue.Str(conv.bufferToString(source, length)), op.target(), f);
            }
            case 0x5B29 -> result(integer(toBcd(ex.integer(o.get(0), f), conv.integerBytes() * 2)), op.target(), f);
            case 0x5B28 -> result(integer(fromBcd(ex.integer(o.get(0), f))), op.target(), f);
            case 0x87 -> integer(sizeOf(ex.deref(target(o.get(0), f))));  // a field unit is refused, as in acpiexec
            case 0x8E -> integer(objectType(o.get(0), f));
            case 0x71 -> reference(o.get(0), f);
            case 0x5B12 -> {
                AmlValue ref = conditionalReference(o.get(0), f);
                if (ref == null) {
                    yield integer(0);
                }
                ex.store(ref, op.target(), f);
                yield integer(conv.ones());
            }
            case 0x83 -> dereference(ex.eval(o.get(0), f), f);
            case 0x88 -> result(index(ex.eval(o.get(0), f), ex.integer(o.get(1), f)), op.target(), f);
            case 0x89 -> match(o, f);
            case 0x86 -> {
                AmlNode object = notifyTarget(o.get(0), f);
                long value = ex.integer(o.get(1), f);
                ex.interpreter.host().notify(object.path(), value);
                yield integer(0);
            }
            case 0x5B21 -> {
                long micros = ex.integer(o.get(0), f);
                ex.interpreter.host().advance(micros * 1_000);
                yield integer(0);
            }
            case 0x5B22 -> {
                long millis = ex.integer(o.get(0), f);
                ex.interpreter.host().advance(millis * 1_000_000);
                yield integer(0);
            }
            case 0x5B33 -> integer(ex.interpreter.host().nanoTime() / 100);
            case 0x5B30 -> integer(0x20200925L);
            case 0x5B23 -> {
                AmlNamedObject.Mutex m = mutex(o.get(0), f);
                ex.interpreter.mutexes().acquire(m, name(o.get(0)));
                yield integer(0);
            }
            case 0x5B27 -> {
                ex.interpreter.mutexes().release(mutex(o.get(0), f), name(o.get(0)));
                yield integer(0);
            }
            case 0x5B24 -> {
                event(o.get(0), f).signals++;
                yield integer(0);
            }
            case 0x5B26 -> {
                event(o.get(0), f).signals = 0;
                yield integer(0);
            }
            case 0x5B25 -> {
                AmlNamedObject.Event e = event(o.get(0), f);
                long timeout = ex.integer(o.get(1), f);
                if (e.signals > 0) {
                    e.signals--;
                    yield integer(0);
                }
                // One thread runs AML, so nothing can signal while this waits: it times out (0xFFFF: forever).
                if (timeout >= 0xFFFF) {
                    throw new AmlFault(AmlStatus.AE_AML_OPERAND_VALUE, "Wait forever on an event nothing can signal");
                }
                ex.interpreter.host().advance(timeout * 1_000_000);
                yield integer(conv.ones());
            }
            case 0x5B32 -> {
                long type = ex.integer(o.get(0), f);
                long code = ex.integer(o.get(1), f);
                long arg = ex.integer(o.get(2), f);
                ex.interpreter.host().fatal((int) type, code, arg, f.method);
                yield integer(0);
            }
            case 0x5B1F -> ex.interpreter.loadTable(
                    conv.toStringImplicit(ex.deref(ex.eval(o.get(0), f))), conv.toStringImplicit(ex.deref(ex.eval(o.get(1), f))),
                    conv.toStringImplicit(ex.deref(ex.eval(o.get(2), f))), conv.toStringImplicit(ex.deref(ex.eval(o.get(3), f))),
                    conv.toStringImplicit(ex.deref(ex.eval(o.get(4), f))), ex.deref(ex.eval(o.get(5), f)));
            case 0x5B20 -> {
                AmlValue source = o.get(0) instanceof Term.NameRef n ? ex.resolve(n.name(), f).value() : ex.eval(o.get(0), f);
                AmlValue handle = ex.interpreter.load(ex.fields.tableImage(source));
                ex.store(handle, op.target(), f);
                yield integer(conv.ones());
            }
            case 0x5B2A -> integer(0);
            default -> throw new AmlFault(AmlStatus.AE_AML_BAD_OPCODE, "opcode 0x%X is not an expression".formatted(op.opcode()));
        };
    }

    /**
     * The data values of an operator's operands, read as ACPICA reads them: every operand term runs in order,
     * a named object's value is taken when its turn comes, but Locals and Args are read after all operands ran,
     * so {@code Add (Local0, Increment (Local0))} sees the incremented Local twice while
     * {@code LLess (V002, Increment (V002))} compares the old value with the new (both measured with acpiexec).
     */
    private AmlValue[] operands(List<Term> terms, Frame f) {
        int n = terms.size();
        var values = new AmlValue[n];
        for (int i = 0; i < n; i++) {
            Term t = terms.get(i);
            if (!deferred(t)) {
                values[i] = ex.deref(ex.eval(t, f));
            }
        }
        for (int i = 0; i < n; i++) {
            if (values[i] == null) {
                values[i] = ex.deref(ex.eval(terms.get(i), f));
            }
        }
        return values;
    }

    /** A Local or an Arg: read once every operand has run. */
    private static boolean deferred(Term t) {
        return t instanceof Term.Local || t instanceof Term.Arg;
    }

    private AmlValue result(AmlValue value, Term target, Frame f) {
        return ex.store(value, target, f);
    }

    AmlValue.Integer integer(long v) {
        return new AmlValue.Integer(conv.fit(v));
    }

    private AmlValue bool(boolean b) {
        return integer(b ? conv.ones() : 0);
    }

    private long binary(int opcode, long a, long b) {
        int width = conv.integerBytes() * 8;
        return switch (opcode) {
            case 0x72 -> a + b;
            case 0x74 -> a - b;
            case 0x77 -> a * b;
            case 0x79 -> Long.compareUnsigned(b, width) >= 0 ? 0 : a << b;
            case 0x7A -> Long.compareUnsigned(b, width) >= 0 ? 0 : conv.fit(a) >>> b;
            case 0x7B -> a & b;
            case 0x7C -> ~(a & b);
            case 0x7D -> a | b;
            case 0x7E -> ~(a | b);
            case 0x7F -> a ^ b;
            case 0x85 -> {
                if (b == 0) {
                    throw new AmlFault(AmlStatus.AE_AML_DIVIDE_BY_ZERO, "Mod by zero");
                }
                yield Long.remainderUnsigned(a, b);
            }
            default -> throw new IllegalStateException();
        };
    }

    /** Compares as the first operand's type: Integers unsigned, Strings and Buffers byte by byte. */
    private int compare(AmlValue a, AmlValue b) {
        return switch (a) {
            case AmlValue.Integer i -> Long.compareUnsigned(i.value(), conv.toInteger(b));
            case AmlValue.Str s -> Arrays.compareUnsigned(s.bytes(), conv.toStringImplicit(b).getBytes(StandardCharsets.ISO_8859_1));
            case AmlValue.Buffer buf -> Arrays.compareUnsigned(buf.data, conv.toBuffer(b));
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "cannot compare " + a.describe());
        };
    }

    private AmlValue concatenate(AmlValue first, AmlValue second) {
        // An object that is not data takes part as "[Package Object]" and the like, as in ACPICA.
        AmlValue a = dataOrTypeName(first);
        AmlValue b = dataOrTypeName(second);
        return switch (a) {
            case AmlValue.Integer i -> new AmlValue.Buffer(join(conv.integerBytes(i.value()), conv.integerBytes(conv.toInteger(b))));
            case AmlValue.Str s -> new AmlValue.Str(s.value() + conv.toStringImplicit(b));
            case AmlValue.Buffer buf -> new AmlValue.Buffer(join(buf.data, conv.toBuffer(b)));
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "cannot concatenate " + a.describe());
        };
    }

    private static AmlValue dataOrTypeName(AmlValue v) {
        return v instanceof AmlValue.Integer || v instanceof AmlValue.Str || v instanceof AmlValue.Buffer ? v
                : new AmlValue.Str("[" + TYPE_NAMES[Math.min(v.objectType(), TYPE_NAMES.length - 1)] + " Object]");
    }

    /** ACPICA's names of the object types, by ObjectType code. */
    private static final String[] TYPE_NAMES = {"Untyped", "Integer", "String", "Buffer", "Package", "FieldUnit", "Device",
            "Event", "Method", "Mutex", "Region", "Power", "Processor", "Thermal", "BufferField", "DdbHandle", "DebugObject",
            "Reference"};

    private static byte[] join(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] resourceBytes(AmlValue v) {
        if (!(v instanceof AmlValue.Buffer b)) {
            throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "ConcatenateResTemplate needs Buffers, found " + v.describe());
        }
        return b.data;
    }

    private AmlValue mid(AmlValue source, long index, long length) {
        byte[] data = switch (source) {
            case AmlValue.Str s -> s.bytes();
            case AmlValue.Buffer b -> b.data;
            case AmlValue.Integer i -> conv.integerBytes(i.value());
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "Mid of " + source.describe());
        };
        int from = Long.compareUnsigned(index, data.length) >= 0 ? data.length : (int) index;
        int to = Long.compareUnsigned(length, data.length - from) >= 0 ? data.length : from + (int) length;
        byte[] part = Arrays.copyOfRange(data, from, to);
        return source instanceof AmlValue.Str ? new AmlValue.Str(new String(part, StandardCharsets.ISO_8859_1)) : new AmlValue.Buffer(part);
    }

    /** The BCD digits of {@code v}; more decimal digits than the integer has nibbles overflow (AE_AML_NUMERIC_OVERFLOW). */
    private static long toBcd(long v, int nibbles) {
        if (Long.toUnsignedString(v).length() > nibbles) {
            throw new AmlFault(AmlStatus.AE_AML_NUMERIC_OVERFLOW, "ToBCD of " + Long.toUnsignedString(v) + ": more than " + nibbles + " digits");
        }
        long out = 0;
        for (int shift = 0; v != 0 && shift < 64; shift += 4) {
            out |= Long.remainderUnsigned(v, 10) << shift;
            v = Long.divideUnsigned(v, 10);
        }
        return out;
    }

    private static long fromBcd(long v) {
        long out = 0;
        long scale = 1;
        for (int shift = 0; shift < 64; shift += 4) {
            long digit = v >>> shift & 0xF;
            if (digit > 9) {
                throw new AmlFault(AmlStatus.AE_AML_NUMERIC_OVERFLOW, "FromBCD of a non-BCD digit");
            }
            out += digit * scale;
            scale *= 10;
        }
        return out;
    }

    /** A SuperName operand as the object it names (a name is not called, a field not read). */
    private AmlValue target(Term t, Frame f) {
        return switch (t) {
            case Term.NameRef n -> ex.resolve(n.name(), f).value();
            case Term.Local l -> f.locals[l.index()];
            case Term.Arg a -> f.args[a.index()];
            default -> ex.eval(t, f);
        };
    }

    /**
     * The object a {@code Notify} names: a Device, Processor or ThermalZone, named directly. Anything else, and a
     * reference held in a Local or Arg, fails with AE_AML_OPERAND_TYPE, as in ACPICA (measured with acpiexec
     * 20200925; iasl refuses such a Notify at compile time).
     */
    private AmlNode notifyTarget(Term t, Frame f) {
        if (!(t instanceof Term.NameRef n)) {
            throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "Notify needs a Device, Processor or ThermalZone named directly, not "
                    + ex.eval(t, f).describe());
        }
        AmlNode node = ex.resolve(n.name(), f);
        boolean notifiable = node.value() instanceof AmlNamedObject.Scope s && (s.kind() == AmlNamedObject.ScopeKind.DEVICE
                || s.kind() == AmlNamedObject.ScopeKind.PROCESSOR || s.kind() == AmlNamedObject.ScopeKind.THERMAL_ZONE);
        if (!notifiable) {
            throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "Notify needs a Device, Processor or ThermalZone; "
                    + node.path() + " is " + node.value().describe());
        }
        return node;
    }

    private long sizeOf(AmlValue v) {
        return switch (v) {
            case AmlValue.Integer i -> conv.integerBytes();
            case AmlValue.Str s -> s.value().length();
            case AmlValue.Buffer b -> b.length();
            case AmlValue.Package p -> p.size();
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "SizeOf " + v.describe());
        };
    }

    private int objectType(Term t, Frame f) {
        AmlValue v = target(t, f);
        if (v instanceof AmlReference r) {
            v = switch (r) {
                case AmlReference.ToNode n -> n.node().value();
                default -> ex.readReference(r);
            };
        }
        return v.objectType();
    }

    private AmlValue reference(Term t, Frame f) {
        return switch (t) {
            case Term.NameRef n -> new AmlReference.ToNode(ex.resolve(n.name(), f));
            case Term.Local l -> new AmlReference.ToSlot(f.locals, l.index(), "Local" + l.index());
            case Term.Arg a -> f.args[a.index()] instanceof AmlReference r ? r : new AmlReference.ToSlot(f.args, a.index(), "Arg" + a.index());
            default -> {
                AmlValue v = ex.eval(t, f);
                if (!(v instanceof AmlReference)) {
                    throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "RefOf " + v.describe());
                }
                yield v;
            }
        };
    }

    /** CondRefOf: the reference, or null when the name does not exist (or the slot is empty). */
    private AmlValue conditionalReference(Term t, Frame f) {
        if (t instanceof Term.NameRef n) {
            AmlNode node = ex.interpreter.lookup(n.name(), f.scope);
            return node == null ? null : new AmlReference.ToNode(node);
        }
        AmlValue v = target(t, f);
        if (v == AmlValue.Uninitialized.INSTANCE) {
            return null;
        }
        return reference(t, f);
    }

    private AmlValue dereference(AmlValue v, Frame f) {
        return switch (v) {
            case AmlReference r -> ex.readReference(r);
            case AmlValue.Str s -> {
                AmlNode node = ex.interpreter.lookup(s.value(), f.scope);
                if (node == null) {
                    throw new AmlFault(AmlStatus.AE_NOT_FOUND, "DerefOf (\"" + s.value() + "\"): no such object");
                }
                yield ex.nodeValue(node, f);
            }
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "DerefOf " + v.describe());
        };
    }

    private AmlValue index(AmlValue source, long i) {
        AmlValue s = source instanceof AmlReference r ? ex.readReference(r) : source;
        return switch (s) {
            case AmlValue.Package p -> {
                if (Long.compareUnsigned(i, p.size()) >= 0) {
                    throw new AmlFault(AmlStatus.AE_AML_PACKAGE_LIMIT, "Index " + Long.toUnsignedString(i) + " is past the end of a " + p.size() + "-element package");
                }
                yield new AmlReference.ToElement(p, (int) i);
            }
            case AmlValue.Buffer b -> {
                if (Long.compareUnsigned(i, b.length()) >= 0) {
                    throw new AmlFault(AmlStatus.AE_AML_BUFFER_LIMIT, "Index " + Long.toUnsignedString(i) + " is past the end of a " + b.length() + "-byte buffer");
                }
                yield new AmlReference.ToByte(b, (int) i);
            }
            case AmlValue.Str str -> {
                if (Long.compareUnsigned(i, str.value().length()) >= 0) {
                    throw new AmlFault(AmlStatus.AE_AML_STRING_LIMIT, "Index " + Long.toUnsignedString(i) + " is past the end of a " + str.value().length() + "-character string");
                }
                yield new AmlReference.ToChar(str, (int) i);
            }
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "Index into " + s.describe());
        };
    }

    private AmlValue match(List<Term> o, Frame f) {
        AmlValue source = ex.deref(ex.eval(o.get(0), f));
        if (!(source instanceof AmlValue.Package p)) {
            throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "Match over " + source.describe());
        }
        int op1 = (int) ((AmlValue.Integer) ((Term.Const) o.get(1)).value()).value();
        AmlValue v1 = ex.deref(ex.eval(o.get(2), f));
        int op2 = (int) ((AmlValue.Integer) ((Term.Const) o.get(3)).value()).value();
        AmlValue v2 = ex.deref(ex.eval(o.get(4), f));
        long start = ex.integer(o.get(5), f);
        if (op1 > 5 || op2 > 5) {
            throw new AmlFault(AmlStatus.AE_AML_OPERAND_VALUE, "Match operator " + Math.max(op1, op2));
        }
        if (Long.compareUnsigned(start, p.size()) >= 0) {
            throw new AmlFault(AmlStatus.AE_AML_PACKAGE_LIMIT, "Match starts at " + start + " of a " + p.size() + "-element package");
        }
        for (int i = (int) start; i < p.size(); i++) {
            AmlValue element = p.get(i) instanceof AmlReference r ? ex.readReference(r) : p.get(i);
            if (matches(op1, element, v1) && matches(op2, element, v2)) {
                return integer(i);
            }
        }
        return integer(conv.ones());
    }

    /** One Match test; an element that is not data, or a value that does not convert, does not match. */
    private boolean matches(int op, AmlValue element, AmlValue value) {
        if (op == 0) {
            return true;
        }
        if (!(element instanceof AmlValue.Integer || element instanceof AmlValue.Str || element instanceof AmlValue.Buffer)) {
            return false;
        }
        int c;
        try {
            // ACPICA converts the element to the match object's type and compares element against object.
            c = switch (value) {
                case AmlValue.Integer i -> Long.compareUnsigned(conv.toInteger(element), i.value());
                case AmlValue.Str s -> java.util.Arrays.compareUnsigned(
                        conv.toStringImplicit(element).getBytes(StandardCharsets.ISO_8859_1), s.bytes());
                case AmlValue.Buffer b -> java.util.Arrays.compareUnsigned(conv.toBuffer(element), b.data);
                default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "Match object " + value.describe());
            };
        } catch (AmlFault e) {
            return false;
        }
        return switch (op) {
            case 1 -> c == 0;
            case 2 -> c <= 0;
            case 3 -> c < 0;
            case 4 -> c >= 0;
            default -> c > 0;
        };
    }

    private AmlNamedObject.Mutex mutex(Term t, Frame f) {
        return named(t, f, AmlNamedObject.Mutex.class, "a Mutex");
    }

    private AmlNamedObject.Event event(Term t, Frame f) {
        return named(t, f, AmlNamedObject.Event.class, "an Event");
    }

    /** A SuperName operand that must name an object of {@code kind} (directly, or through a reference). */
    private <T extends AmlNamedObject> T named(Term t, Frame f, Class<T> kind, String what) {
        AmlValue v = target(t, f);
        if (v instanceof AmlReference.ToNode n) {
            v = n.node().value();
        }
        if (!kind.isInstance(v)) {
            throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "expected " + what + ", found " + v.describe());
        }
        return kind.cast(v);
    }

    private static String name(Term t) {
        return t instanceof Term.NameRef n ? n.name() : "a mutex";
    }
}
