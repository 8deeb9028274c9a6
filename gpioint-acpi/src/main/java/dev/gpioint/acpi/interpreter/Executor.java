package dev.gpioint.acpi.interpreter;

import java.util.List;

/**
 * Runs {@link Term}s: statements and control flow, named-object definitions, method calls, and the store rules
 * of ACPI 6.5 section 19.3.5 (implicit conversion to a named object's type, copies into Locals, stores through
 * references held in Args). Expression operators are in {@link Operators}; field accesses in {@link FieldIo}.
 * Every failure becomes an {@link AmlFault} located at the innermost term that failed. Not thread-safe.
 */
final class Executor {
    static final int NORMAL = 0;
    static final int RETURN = 1;
    static final int BREAK = 2;
    static final int CONTINUE = 3;

    final AmlInterpreter interpreter;
    final Conversions conv;
    final Operators operators;
    final FieldIo fields;
    private int callDepth;

    Executor(AmlInterpreter interpreter, Conversions conv) {
        this.interpreter = interpreter;
        this.conv = conv;
        this.operators = new Operators(this);
        this.fields = new FieldIo(this);
    }

    // ---- statements ----------------------------------------------------------------------------------

    int exec(List<Term> terms, Frame f) {
        for (int i = 0, n = terms.size(); i < n; i++) {
            int signal = execTerm(terms.get(i), f);
            if (signal != NORMAL) {
                return signal;
            }
        }
        return NORMAL;
    }

    int execTerm(Term t, Frame f) {
        try {
            switch (t) {
                case Term.If s -> {
                    return truth(eval(s.predicate(), f)) ? exec(s.then(), f) : exec(s.otherwise(), f);
                }
                case Term.While s -> {
                    return loop(s, f);
                }
                case Term.Return s -> {
                    f.returned = eval(s.value(), f);
                    return RETURN;
                }
                case Term.Break s -> {
                    return BREAK;
                }
                case Term.Continue s -> {
                    return CONTINUE;
                }
                case Term.Nothing s -> {
                    return NORMAL;
                }
                case Term.NameDef d -> {
                    // A Buffer or Package literal is a new object each time: only a value taken from elsewhere is copied.
                    AmlValue value = eval(d.value(), f);
                    define(d.name(), d.value() instanceof Term.BufferLit || d.value() instanceof Term.PackageLit ? value
                            : copyForStore(value), f);
                }
                case Term.MethodDef d -> define(d.name(), new AmlMethod(f.code, d.bodyStart(), d.bodyEnd(), d.flags()), f);
                case Term.ScopeDef d -> {
                    return scope(d, f);
                }
                case Term.AliasDef d -> interpreter.alias(resolve(d.source(), f), d.alias(), f.scope, !f.moduleLevel, f);
                case Term.MutexDef d -> define(d.name(), new AmlNamedObject.Mutex(d.syncLevel()), f);
                case Term.EventDef d -> define(d.name(), new AmlNamedObject.Event(), f);
                case Term.RegionDef d -> {
                    long offset = integer(d.regionOffset(), f);
                    long length = integer(d.length(), f);
                    var region = new AmlRegion(d.space(), offset, length);
                    region.node = define(d.name(), region, f);
                    interpreter.noteRegion(region.node);
                }
                case Term.DataRegionDef d -> {
                    String sig = conv.toStringImplicit(eval(d.signature(), f));
                    String oem = conv.toStringImplicit(eval(d.oemId(), f));
                    String oemTable = conv.toStringImplicit(eval(d.oemTableId(), f));
                    var region = interpreter.dataTableRegion(sig, oem, oemTable);
                    region.node = define(d.name(), region, f);
                }
                case Term.FieldDef d -> fields.define(d, f);
                case Term.CreateFieldDef d -> createField(d, f);
                default -> eval(t, f);
            }
            return NORMAL;
        } catch (AmlFault e) {
            throw e.at(f.code.table(), t.offset(), f.method);
        }
    }

    private int loop(Term.While s, Frame f) {
        long iterations = 0;
        long started = interpreter.host().nanoTime();
        AmlOptions options = interpreter.options();
        while (truth(eval(s.predicate(), f))) {
            if (++iterations > options.loopLimit()
                    || interpreter.host().nanoTime() - started > options.loopTimeNanos()) {
                throw new AmlFault(AmlStatus.AE_AML_LOOP_TIMEOUT, "While loop ran " + (iterations - 1)
                        + " iterations and " + (interpreter.host().nanoTime() - started) / 1_000_000 + " ms of machine time without ending");
            }
            int signal = exec(s.body(), f);
            if (signal == BREAK) {
                break;
            }
            if (signal == RETURN) {
                return RETURN;
            }
        }
        return NORMAL;
    }

    private int scope(Term.ScopeDef d, Frame f) {
        AmlNode node;
        if (d.kind() == AmlNamedObject.ScopeKind.SCOPE) {
            node = resolve(d.name(), f);
        } else {
            node = define(d.name(), new AmlNamedObject.Scope(d.kind()), f);
        }
        AmlNode saved = f.scope;
        f.scope = node;
        try {
            return exec(d.body(), f);
        } finally {
            f.scope = saved;
        }
    }

    // ---- definitions ---------------------------------------------------------------------------------

    /** Creates {@code name} in the frame's scope; temporary (removed when the method returns) inside a method. */
    AmlNode define(String name, AmlValue value, Frame f) {
        AmlNode node = interpreter.create(name, f.scope, value, !f.moduleLevel);
        if (!f.moduleLevel) {
            f.temporaries.add(node);
        }
        return node;
    }

    private void createField(Term.CreateFieldDef d, Frame f) {
        AmlValue source = eval(d.source(), f);
        if (!(source instanceof AmlValue.Buffer buffer)) {
            throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "a buffer field needs a Buffer, found " + source.describe());
        }
        long index = integer(d.index(), f);
        long bitOffset;
        int bits;
        switch (d.opcode()) {
            case 0x8D -> {
                bitOffset = index;
                bits = 1;
            }
            case 0x8C -> {
                bitOffset = index * 8;
                bits = 8;
            }
            case 0x8B -> {
                bitOffset = index * 8;
                bits = 16;
            }
            case 0x8A -> {
                bitOffset = index * 8;
                bits = 32;
            }
            case 0x8F -> {
                bitOffset = index * 8;
                bits = 64;
            }
            default -> {
                bitOffset = index;
                long n = integer(d.bits(), f);
                if (n <= 0 || n > Integer.MAX_VALUE) {
                    throw new AmlFault(AmlStatus.AE_AML_OPERAND_VALUE, "CreateField of " + n + " bits");
                }
                bits = (int) n;
            }
        }
        if (index < 0 || bitOffset < 0 || bitOffset + bits > (long) buffer.length() * 8) {
            throw new AmlFault(AmlStatus.AE_AML_BUFFER_LIMIT, "field of " + bits + " bits at bit " + bitOffset
                    + " runs past the end of a " + buffer.length() + "-byte buffer");
        }
        define(d.name(), new AmlBufferField(buffer, bitOffset, bits, d.opcode() == 0x5B13), f);
    }

    // ---- expressions ---------------------------------------------------------------------------------

    /** The value of a TermArg. Data objects are returned as themselves (not copied). */
    AmlValue eval(Term t, Frame f) {
        try {
            return switch (t) {
                case Term.Const c -> c.value() instanceof AmlValue.Integer i ? fitted(i) : c.value();
                case Term.Local l -> {
                    AmlValue v = f.locals[l.index()];
                    if (v == AmlValue.Uninitialized.INSTANCE) {
                        throw new AmlFault(AmlStatus.AE_AML_UNINITIALIZED_LOCAL, "Local" + l.index() + " is read before anything was stored in it");
                    }
                    yield v;
                }
                case Term.Arg a -> {
                    AmlValue v = f.args[a.index()];
                    if (v == AmlValue.Uninitialized.INSTANCE) {
                        throw new AmlFault(AmlStatus.AE_AML_UNINITIALIZED_ARG, "Arg" + a.index() + " was not passed");
                    }
                    yield v;
                }
                case Term.NameRef n -> nodeValue(resolve(n.name(), f), f);
                case Term.Call c -> call(c, f);
                case Term.BufferLit b -> {
                    long size = integer(b.size(), f);
                    if (size < 0 || size > 1 << 24) {
                        throw new AmlFault(AmlStatus.AE_AML_OPERAND_VALUE, "Buffer of " + size + " bytes");
                    }
                    byte[] data = java.util.Arrays.copyOf(b.init(), (int) Math.max(size, b.init().length));
                    yield new AmlValue.Buffer(data);
                }
                case Term.PackageLit p -> packageOf(p, f);
                case Term.ElementName e -> {
                    AmlNode node = interpreter.lookup(e.name(), f.scope);
                    yield node == null ? AmlValue.Uninitialized.INSTANCE : new AmlReference.ToNode(node);
                }
                case Term.DebugObject d -> AmlNamedObject.Debug.INSTANCE;
                case Term.Op op -> operators.apply(op, f);
                default -> throw new AmlFault(AmlStatus.AE_AML_BAD_OPCODE, "a statement where a value is needed");
            };
        } catch (AmlFault e) {
            throw e.at(f.code.table(), t.offset(), f.method);
        }
    }

    private AmlValue.Integer fitted(AmlValue.Integer i) {
        long v = conv.fit(i.value());
        return v == i.value() ? i : new AmlValue.Integer(v);
    }

    private AmlValue packageOf(Term.PackageLit p, Frame f) {
        long count = integer(p.count(), f);
        if (count < 0 || count > 1 << 20) {
            throw new AmlFault(AmlStatus.AE_AML_OPERAND_VALUE, "Package of " + count + " elements");
        }
        int n = (int) Math.max(count, p.elements().size());
        var elements = new AmlValue[n];
        java.util.Arrays.fill(elements, AmlValue.Uninitialized.INSTANCE);
        for (int i = 0; i < p.elements().size(); i++) {
            elements[i] = copyForStore(eval(p.elements().get(i), f));
        }
        return new AmlValue.Package(elements);
    }

    /** An operand that must be an Integer (implicit conversion). */
    long integer(Term t, Frame f) {
        return conv.toInteger(deref(eval(t, f)));
    }

    /**
     * A value with a reference read through (Index and RefOf results used as data). Fields need no case here:
     * a field is only ever a node's object, and {@link #nodeValue} reads it whenever the node is used as a value.
     */
    AmlValue deref(AmlValue v) {
        return v instanceof AmlReference r ? readReference(r) : v;
    }

    /** What reading a reference gives: the element, the byte, the node's value. */
    AmlValue readReference(AmlReference r) {
        return switch (r) {
            case AmlReference.ToNode n -> nodeValue(n.node(), null);
            case AmlReference.ToElement e -> {
                AmlValue v = e.pkg().elements[e.index()];
                if (v == AmlValue.Uninitialized.INSTANCE) {
                    throw new AmlFault(AmlStatus.AE_AML_UNINITIALIZED_ELEMENT, "package element " + e.index() + " was never set");
                }
                yield v instanceof AmlReference.ToNode n ? nodeValue(n.node(), null) : v;
            }
            case AmlReference.ToByte b -> new AmlValue.Integer(b.buffer().data[b.index()] & 0xFF);
            case AmlReference.ToChar c -> new AmlValue.Integer(c.string().value().charAt(c.index()) & 0xFF);
            case AmlReference.ToSlot s -> s.slots()[s.index()];
        };
    }

    /**
     * The value a name yields: data objects as themselves, fields read, a method with no arguments run
     * (reached when the name was not known to be a method when the code was parsed).
     */
    AmlValue nodeValue(AmlNode node, Frame f) {
        AmlValue v = node.value();
        return switch (v) {
            case AmlField field -> fields.read(field);
            case AmlBufferField field -> fields.read(field);
            case AmlMethod m when m.argumentCount == 0 -> invoke(node, m, new AmlValue[0]);
            case AmlNamedObject.NativeMethod m when m.argumentCount() == 0 -> m.body().call(new AmlValue[0], interpreter);
            default -> v;
        };
    }

    AmlNode resolve(String name, Frame f) {
        AmlNode node = interpreter.lookup(name, f.scope);
        if (node == null) {
            throw new AmlFault(AmlStatus.AE_NOT_FOUND, "no object named " + name.replace("_.", ".").replaceAll("_+$", "")
                    + " is reachable from " + f.scope.path());
        }
        return node;
    }

    /** True for a predicate: any non-zero Integer (after implicit conversion). */
    boolean truth(AmlValue v) {
        return conv.toInteger(deref(v)) != 0;
    }

    // ---- calls ---------------------------------------------------------------------------------------

    private AmlValue call(Term.Call c, Frame f) {
        AmlNode node = resolve(c.name(), f);
        var args = new AmlValue[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            // The callee gets the object itself for data (a field already read), a reference as is.
            args[i] = eval(c.args().get(i), f);
        }
        return switch (node.value()) {
            case AmlMethod m -> invoke(node, m, args);
            case AmlNamedObject.NativeMethod m -> m.body().call(args, interpreter);
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, node.path() + " is called but is " + node.value().describe());
        };
    }

    /** Runs a method; its temporary nodes are removed and its mutex released however it ends. */
    AmlValue invoke(AmlNode node, AmlMethod m, AmlValue[] args) {
        if (callDepth >= interpreter.options().callDepth()) {
            throw new AmlFault(AmlStatus.AE_AML_METHOD_LIMIT, "method calls nest deeper than " + interpreter.options().callDepth()
                    + " (a runaway recursion?) calling " + node.path());
        }
        if (m.body == null) {
            var parser = new AmlParser(m.code, m.bodyStart, node, interpreter::arity);
            m.body = List.copyOf(parser.termList(m.bodyEnd));
        }
        var frame = new Frame(node, node.path(), m.code, false);
        System.arraycopy(args, 0, frame.args, 0, Math.min(args.length, 7));
        callDepth++;
        if (m.mutex != null) {
            interpreter.mutexes().acquire(m.mutex, node.path());
        }
        try {
            exec(m.body, frame);
            return frame.returned;
        } finally {
            if (m.mutex != null) {
                interpreter.mutexes().release(m.mutex, node.path());
            }
            for (int i = frame.temporaries.size() - 1; i >= 0; i--) {
                AmlNode tmp = frame.temporaries.get(i);
                tmp.parent().removeChild(tmp);
            }
            callDepth--;
        }
    }

    // ---- stores --------------------------------------------------------------------------------------

    /** Stores {@code value} into {@code target} (null: no target) by the Store rules; returns {@code value}. */
    AmlValue store(AmlValue value, Term target, Frame f) {
        if (target == null) {
            return value;
        }
        switch (target) {
            case Term.Local l -> f.locals[l.index()] = copyForStore(value);
            case Term.Arg a -> {
                AmlValue held = f.args[a.index()];
                if (held instanceof AmlReference r) {
                    storeThrough(r, value);
                } else {
                    f.args[a.index()] = copyForStore(value);
                }
            }
            case Term.NameRef n -> storeToNode(resolve(n.name(), f), value);
            case Term.DebugObject d -> interpreter.host().debug(DebugText.of(value));
            default -> {
                AmlValue ref = eval(target, f);
                switch (ref) {
                    case AmlReference r -> storeThrough(r, value);
                    case AmlNamedObject.Debug d -> interpreter.host().debug(DebugText.of(value));
                    default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "cannot store into " + ref.describe());
                }
            }
        }
        return value;
    }

    /** {@code CopyObject}: replaces the target's object without converting it (fields are still written). */
    void copyObject(AmlValue value, Term target, Frame f) {
        switch (target) {
            case Term.Local l -> f.locals[l.index()] = copyForStore(value);
            case Term.Arg a -> f.args[a.index()] = copyForStore(value);
            case Term.NameRef n -> {
                AmlNode node = resolve(n.name(), f);
                switch (node.value()) {
                    case AmlField field -> fields.write(field, deref(value));
                    case AmlBufferField field -> fields.write(field, deref(value));
                    default -> node.setValue(copyForStore(deref(value)));
                }
            }
            default -> store(value, target, f);
        }
    }

    void storeThrough(AmlReference r, AmlValue value) {
        switch (r) {
            case AmlReference.ToNode n -> storeToNode(n.node(), value);
            case AmlReference.ToElement e -> e.pkg().elements[e.index()] = copyForStore(deref(value));
            case AmlReference.ToByte b -> b.buffer().data[b.index()] = byteOf(deref(value));
            case AmlReference.ToChar c -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "a string character cannot be written");
            case AmlReference.ToSlot s -> s.slots()[s.index()] = copyForStore(value);
        }
    }

    /** The byte a store into a buffer element writes: a String's first character, else the low byte of the Integer. */
    private byte byteOf(AmlValue v) {
        if (v instanceof AmlValue.Str s) {
            return s.value().isEmpty() ? 0 : (byte) s.value().charAt(0);
        }
        return (byte) conv.toInteger(v);
    }

    /** A store into a named object: converted to the object's type for Integers, Strings and Buffers. */
    void storeToNode(AmlNode node, AmlValue raw) {
        AmlValue value = deref(raw);
        switch (node.value()) {
            case AmlValue.Integer i -> node.setValue(new AmlValue.Integer(conv.fit(conv.toInteger(value))));
            case AmlValue.Str s -> node.setValue(new AmlValue.Str(storedString(value)));
            case AmlValue.Buffer b when b.data.length == 0 -> node.setValue(new AmlValue.Buffer(conv.toBuffer(value)));
            case AmlValue.Buffer b -> {
                byte[] src = value instanceof AmlValue.Str s ? s.bytes() : conv.toBuffer(value);
                byte[] dst = b.data;
                java.util.Arrays.fill(dst, (byte) 0);
                System.arraycopy(src, 0, dst, 0, Math.min(src.length, dst.length));
            }
            case AmlField field -> fields.write(field, value);
            case AmlBufferField field -> fields.write(field, value);
            case AmlNamedObject.Debug d -> interpreter.host().debug(DebugText.of(value));
            case AmlMethod m -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "cannot store into method " + node.path());
            case AmlNamedObject other when !(other instanceof AmlNamedObject.TableHandle) ->
                    throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "cannot store into " + other.describe() + " " + node.path());
            default -> node.setValue(copyForStore(value));
        }
    }

    /** What a store into a named String writes: the value's implicit conversion (a Buffer as "0x50 0x1F"). */
    private String storedString(AmlValue value) {
        return conv.toStringImplicit(value);
    }

    /** What a Local, an Arg, a package element or a new Name holds after a store: its own copy of data. */
    AmlValue copyForStore(AmlValue v) {
        return switch (v) {
            case AmlValue.Buffer b -> new AmlValue.Buffer(b.data.clone());
            case AmlValue.Package p -> {
                var copy = new AmlValue[p.elements.length];
                for (int i = 0; i < copy.length; i++) {
                    copy[i] = copyForStore(p.elements[i]);
                }
                yield new AmlValue.Package(copy);
            }
            default -> v;
        };
    }
}
