package dev.gpioint.acpi.interpreter;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.aml.AcpiTableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An AML interpreter: the namespace of a machine's DSDT and SSDTs, loaded in order by running their
 * module-level code, and the evaluation of any object in it ({@code _STA}, {@code _CRS}, {@code _DSD}...),
 * with the semantics of ACPI 6.5 as ACPICA and Windows implement them. Integers are 64-bit, or 32-bit when the
 * DSDT's revision is below 2. {@code _OSI} and {@code _REV} answer as {@link AmlOptions} says (Windows 11 by
 * default). Operation regions go to the options' {@link RegionHandler}s. Runaway AML (an endless While, a
 * recursion, nesting too deep) fails with a typed {@link AmlException}, never a hang or a Java error.
 *
 * <p>Typical use: {@code var aml = AmlInterpreter.load(tables, AmlOptions.windows11());} then
 * {@code aml.evaluate("\\_SB.TPD0._CRS")}. Not thread-safe: one thread evaluates at a time, as one AML
 * interpreter thread does in an OS.
 */
public final class AmlInterpreter {
    private final AmlOptions options;
    private final AmlNode root = AmlNode.root();
    private final MutexTable mutexes = new MutexTable();
    private final Map<String, Integer> externalMethods = new HashMap<>();
    private final List<AmlNode> regions = new ArrayList<>();
    private final List<AcpiTable> available = new ArrayList<>();
    private final List<String> loaded = new ArrayList<>();
    private final List<AmlException> problems = new ArrayList<>();
    private final Map<Integer, RegionHandler> handlers;
    private Executor executor;

    /** An empty namespace with the predefined objects; 64-bit until a revision-1 DSDT is loaded. */
    public AmlInterpreter(AmlOptions options) {
        this.options = options;
        this.handlers = new HashMap<>();
        options.handlers().forEach((space, handler) -> handlers.put(space, GuardedRegionHandler.of(handler)));
        this.executor = new Executor(this, new Conversions(false));
        for (String scope : List.of("_GPE", "_PR_", "_SB_", "_SI_", "_TZ_")) {
            root.addChild(scope, new AmlNamedObject.Scope(AmlNamedObject.ScopeKind.SCOPE), false);
        }
        root.addChild("_OS_", new AmlValue.Str("Microsoft Windows NT"), false);
        root.addChild("_REV", new AmlValue.Integer(options.revision()), false);
        root.addChild("_GL_", new AmlNamedObject.Mutex(0), false);
        root.addChild("_OSI", new AmlNamedObject.NativeMethod("_OSI", 1, (args, aml) -> {
            AmlValue arg = args[0];
            if (!(arg instanceof AmlValue.Str s)) {
                throw new AmlFault(AmlStatus.AE_TYPE, "_OSI takes a String, given " + arg.describe());
            }
            return new AmlValue.Integer(options.osi().contains(s.value()) ? aml.executor.conv.ones() : 0);
        }), false);
    }

    /**
     * Loads a machine's tables (the DSDT first, whatever their order; other signatures are kept for
     * {@code LoadTable} but not run), then initializes the namespace as an OS does at boot: {@code _REG} for the
     * served spaces, {@code \_SB._INI}, and {@code _INI} of every present device. Problems (a failing term, a
     * failing {@code _INI}) are collected in {@link #problems()}; they never stop the load.
     */
    public static AmlInterpreter load(List<AcpiTable> tables, AmlOptions options) {
        var interpreter = new AmlInterpreter(options);
        var ordered = new ArrayList<>(tables);
        ordered.sort((a, b) -> Boolean.compare(!a.signature().equals("DSDT"), !b.signature().equals("DSDT")));
        ordered.stream().filter(t -> t.signature().equals("DSDT")).findFirst()
                .ifPresent(dsdt -> interpreter.executor = new Executor(interpreter, new Conversions(dsdt.revision() < 2)));
        for (AcpiTable t : ordered) {
            interpreter.available.add(t);
        }
        for (AcpiTable t : ordered) {
            if (t.isDefinitionBlock()) {
                interpreter.problems.addAll(interpreter.loadDefinitionBlock(t, interpreter.root));
            }
        }
        interpreter.initialize();
        return interpreter;
    }

    /** Runs one definition block's module-level code into the namespace under {@code scope}. */
    private List<AmlException> loadDefinitionBlock(AcpiTable table, AmlNode scope) {
        loaded.add(table.name());
        byte[] bytes = table.bytes();
        var code = new AmlCode(table.name(), bytes);
        return new TableLoader(this, executor, code, AcpiTable.HEADER_LENGTH, scope).load(bytes.length);
    }

    private void initialize() {
        for (int space = 0; space <= 0xFF; space++) {
            if (!options.regSpaces().contains(space)) {
                continue;
            }
            for (AmlNode region : List.copyOf(regions)) {
                if (region.value() instanceof AmlRegion r && r.space == space) {
                    AmlNode reg = region.parent().child("_REG");
                    if (reg != null && reg.value() instanceof AmlMethod) {
                        run(reg, new AmlValue.Integer(space), AmlValue.Integer.ONE);
                    }
                }
            }
        }
        AmlNode sb = root.child("_SB_");
        AmlNode sbIni = sb == null ? null : sb.child("_INI");
        if (sbIni != null) {
            run(sbIni);
        }
        initializeDevices(root);
    }

    /** ACPI 6.5 section 6.5.1: _INI of present devices; children of a device neither present nor functioning are skipped. */
    private void initializeDevices(AmlNode scope) {
        for (AmlNode child : List.copyOf(scope.children())) {
            boolean device = child.value() instanceof AmlNamedObject.Scope s
                    && (s.kind() == AmlNamedObject.ScopeKind.DEVICE || s.kind() == AmlNamedObject.ScopeKind.PROCESSOR
                    || s.kind() == AmlNamedObject.ScopeKind.THERMAL_ZONE);
            if (!device) {
                if (child.value() instanceof AmlNamedObject.Scope) {
                    initializeDevices(child);
                }
                continue;
            }
            long status = 0x0F;
            AmlNode sta = child.child("_STA");
            if (sta != null) {
                Optional<AmlValue> v = run(sta);
                status = v.filter(x -> x instanceof AmlValue.Integer).map(x -> ((AmlValue.Integer) x).value()).orElse(0L);
            }
            if ((status & 1) != 0) {
                AmlNode ini = child.child("_INI");
                if (ini != null) {
                    run(ini);
                }
            }
            if ((status & 0x09) != 0) {
                initializeDevices(child);
            }
        }
    }

    /** Runs an object during initialization; a failure is recorded in {@link #problems()}. */
    private Optional<AmlValue> run(AmlNode node, AmlValue... args) {
        try {
            return Optional.of(evaluate(node, args));
        } catch (AmlException e) {
            problems.add(e);
            return Optional.empty();
        }
    }

    // ---- evaluation ----------------------------------------------------------------------------------

    /**
     * The value of the object at {@code path} (absolute, with or without padding: {@code \_SB.I2C1.TPD0._CRS}):
     * a method is run with {@code args}, a field is read, a data object is returned as a copy.
     *
     * @throws AmlException when the object does not exist (AE_NOT_FOUND) or its evaluation fails
     */
    public AmlValue evaluate(String path, AmlValue... args) throws AmlException {
        AmlNode node = lookup(path.startsWith("\\") ? path : "\\" + path, root);
        if (node == null) {
            throw new AmlException(AmlStatus.AE_NOT_FOUND, "-", 0, path, "no object named " + path);
        }
        return evaluate(node, args);
    }

    /** As {@link #evaluate(String, AmlValue...)}, for a node of this interpreter's namespace. */
    public AmlValue evaluate(AmlNode node, AmlValue... args) throws AmlException {
        try {
            AmlValue v = switch (node.value()) {
                case AmlMethod m -> {
                    if (args.length != m.argumentCount) {
                        // ACPICA passes what it is given; missing Args read as uninitialized, extra ones are ignored.
                        args = Arrays.copyOf(args, Math.min(args.length, 7));
                    }
                    yield executor.invoke(node, m, args);
                }
                case AmlNamedObject.NativeMethod m -> m.body().call(args, this);
                default -> executor.nodeValue(node, null);
            };
            return PredefinedRepairs.repair(node.segment(), executor.copyForStore(executor.deref(v)));
        } catch (AmlFault fault) {
            mutexes.releaseAll();
            throw fault.at("-", 0, node.path()).checked();
        } catch (StackOverflowError e) {
            mutexes.releaseAll();
            throw new AmlException(AmlStatus.AE_AML_METHOD_LIMIT, "-", 0, node.path(),
                    "AML nests too deeply for the interpreter's stack (a runaway recursion?)");
        } catch (RuntimeException e) {
            // A defect of the interpreter's own, met on this AML: a typed failure of this evaluation, never thrown on.
            mutexes.releaseAll();
            throw new AmlException(AmlStatus.AE_ERROR, "-", 0, node.path(), "the interpreter failed (" + e + ")");
        }
    }

    /** The node at an absolute path, if it exists. */
    public Optional<AmlNode> find(String path) {
        return Optional.ofNullable(lookup(path.startsWith("\\") ? path : "\\" + path, root));
    }

    /** The node {@code name} names from {@code scope}, by ACPI's search rules (single segments search upward). */
    public Optional<AmlNode> resolve(String name, AmlNode scope) {
        return Optional.ofNullable(lookup(name, scope));
    }

    /**
     * From now on {@code handler} serves {@code space}, as an OS registers a region handler when the driver of
     * that space starts (GPIO accesses go to the real controller once GpioClx runs). Returns the handler it
     * replaces, if any, so the new one can fall back to it.
     */
    public Optional<RegionHandler> handle(int space, RegionHandler handler) {
        return Optional.ofNullable(handlers.put(space, GuardedRegionHandler.of(java.util.Objects.requireNonNull(handler, "handler"))));
    }

    /** The handler serving {@code space}, if any. */
    public Optional<RegionHandler> handler(int space) {
        return Optional.ofNullable(handlers.get(space));
    }

    /** The root of the namespace. */
    public AmlNode root() {
        return root;
    }

    /** Every Device node, in definition order (depth first, as the tables define them). */
    public List<AmlNode> devices() {
        var out = new ArrayList<AmlNode>();
        collectDevices(root, out);
        return out;
    }

    private static void collectDevices(AmlNode node, List<AmlNode> out) {
        for (AmlNode child : node.children()) {
            if (child.value() instanceof AmlNamedObject.Scope s) {
                if (s.kind() == AmlNamedObject.ScopeKind.DEVICE) {
                    out.add(child);
                }
                collectDevices(child, out);
            }
        }
    }

    /** What went wrong while loading and initializing (each names table, offset and method); never fatal. */
    public List<AmlException> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** True when integers are 32 bits wide (a DSDT revision below 2). */
    public boolean narrowIntegers() {
        return executor.conv.integerBytes() == 4;
    }

    // ---- namespace (package-private, for the executor) -------------------------------------------------

    AmlOptions options() {
        return options;
    }

    AmlHost host() {
        return options.host();
    }

    MutexTable mutexes() {
        return mutexes;
    }

    /** Resolves a name as AML writes it from {@code scope}, with ACPI's upward search for single segments. */
    AmlNode lookup(String name, AmlNode scope) {
        int i = 0;
        AmlNode base = scope;
        boolean search = true;
        if (name.startsWith("\\")) {
            base = root;
            i = 1;
            search = false;
        } else {
            while (i < name.length() && name.charAt(i) == '^') {
                base = base.parent();
                i++;
                search = false;
            }
        }
        if (i == name.length()) {
            return base;
        }
        int dot = name.indexOf('.', i);
        if (dot < 0 && search) {
            String seg = pad(name.substring(i));
            for (AmlNode s = base; ; s = s.parent()) {
                AmlNode c = s.child(seg);
                if (c != null) {
                    return follow(c);
                }
                if (s.isRoot()) {
                    return null;
                }
            }
        }
        AmlNode node = base;
        while (node != null) {
            int next = name.indexOf('.', i);
            String seg = pad(next < 0 ? name.substring(i) : name.substring(i, next));
            node = node.child(seg);
            if (node != null) {
                node = follow(node);
            }
            if (next < 0) {
                break;
            }
            i = next + 1;
        }
        return node;
    }

    private static AmlNode follow(AmlNode node) {
        return node.aliasOf != null ? node.aliasOf : node;
    }

    private static String pad(String seg) {
        return seg.length() >= 4 ? seg : (seg + "____").substring(0, 4);
    }

    /** Creates {@code name} (its last segment) under the scope its prefix names; AE_ALREADY_EXISTS if taken. */
    AmlNode create(String name, AmlNode scope, AmlValue value, boolean temporary) {
        int cut = Math.max(name.lastIndexOf('.'), Math.max(name.lastIndexOf('\\'), name.lastIndexOf('^')));
        AmlNode parent = scope;
        String last = name;
        if (cut >= 0) {
            String prefix = name.substring(0, name.charAt(cut) == '.' ? cut : cut + 1);
            last = name.substring(cut + 1);
            parent = lookup(prefix, scope);
            if (name.charAt(cut) == '.' && !prefix.startsWith("\\") && !prefix.startsWith("^") && prefix.indexOf('.') < 0) {
                // A relative multi-segment name starts at the scope itself, without searching upward.
                parent = scope.child(pad(prefix));
                parent = parent == null ? null : follow(parent);
            }
            if (parent == null) {
                throw new AmlFault(AmlStatus.AE_NOT_FOUND, "cannot create " + name + ": its scope does not exist");
            }
        }
        if (last.isEmpty()) {
            // NullName or a bare prefix ("\\", "^"): it names a scope that exists, not a new object.
            throw new AmlFault(AmlStatus.AE_ALREADY_EXISTS, "cannot define '" + name + "': it names an existing scope, not a new object");
        }
        String seg = pad(last);
        if (parent.child(seg) != null) {
            throw new AmlFault(AmlStatus.AE_ALREADY_EXISTS, (parent.isRoot() ? "\\" : parent.path() + ".") + AmlNode.trim(seg) + " is already defined");
        }
        return parent.addChild(seg, value, temporary);
    }

    void alias(AmlNode target, String name, AmlNode scope, boolean temporary, Frame f) {
        AmlNode node = create(name, scope, target.value(), temporary);
        node.aliasOf = target;
        if (temporary) {
            f.temporaries.add(node);
        }
    }

    /** How many arguments the method {@code name} names takes, or -1 when it names no method. */
    int arity(String name, AmlNode scope) {
        AmlNode node = lookup(name, scope);
        if (node == null) {
            Integer external = externalMethods.get(name);
            return external == null ? -1 : external;
        }
        return switch (node.value()) {
            case AmlMethod m -> m.argumentCount;
            case AmlNamedObject.NativeMethod m -> m.argumentCount();
            default -> -1;
        };
    }

    void noteRegion(AmlNode node) {
        regions.add(node);
    }

    AmlRegion dataTableRegion(String signature, String oemId, String oemTableId) {
        for (AcpiTable t : available) {
            if (t.signature().equals(signature) && (oemId.isEmpty() || t.oemId().equals(oemId.strip()))
                    && (oemTableId.isEmpty() || t.oemTableId().equals(oemTableId.strip()))) {
                throw new AmlFault(AmlStatus.AE_SUPPORT, "DataTableRegion over " + signature + " is not supported");
            }
        }
        throw new AmlFault(AmlStatus.AE_NOT_FOUND, "DataTableRegion: no " + signature + " table is loaded");
    }

    /** {@code LoadTable}: loads a table given to the interpreter but not yet loaded; Zero when none matches. */
    AmlValue loadTable(String signature, String oemId, String oemTableId, String rootPath, String parameterPath, AmlValue parameter) {
        for (AcpiTable t : available) {
            if (t.signature().equals(signature) && t.oemId().equals(oemId.strip()) && t.oemTableId().equals(oemTableId.strip())) {
                if (loaded.contains(t.name())) {
                    throw new AmlFault(AmlStatus.AE_ALREADY_EXISTS, "LoadTable: " + t.name() + " is already loaded");
                }
                AmlNode at = rootPath.isEmpty() ? root : lookup(rootPath, root);
                if (at == null) {
                    throw new AmlFault(AmlStatus.AE_NOT_FOUND, "LoadTable: root path " + rootPath + " does not exist");
                }
                problems.addAll(loadDefinitionBlock(t, at));
                if (!parameterPath.isEmpty()) {
                    AmlNode p = lookup(parameterPath, at);
                    if (p != null) {
                        executor.storeToNode(p, parameter);
                    }
                }
                return new AmlNamedObject.TableHandle(t.name());
            }
        }
        return AmlValue.Integer.ZERO;
    }

    /** {@code Load}: loads a table image read from a region, field or buffer. */
    AmlValue load(byte[] image) {
        AcpiTable table;
        try {
            table = AcpiTable.read(image, "table loaded by AML (" + image.length + " bytes)");
        } catch (AcpiTableException e) {
            throw new AmlFault(AmlStatus.AE_BAD_HEADER, "Load: " + e.getMessage());
        }
        if (!table.isDefinitionBlock()) {
            throw new AmlFault(AmlStatus.AE_BAD_HEADER, "Load: a " + table.signature() + " table holds no AML");
        }
        problems.addAll(loadDefinitionBlock(table, root));
        return new AmlNamedObject.TableHandle(table.name());
    }
}
