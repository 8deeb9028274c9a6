package dev.gpioint.acpi.interpreter;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How an {@link AmlInterpreter} behaves: which OS it says it is ({@code _OSI}, {@code _REV}), the bounds that
 * stop runaway AML, who serves each operation-region space, for which spaces {@code _REG} methods run at
 * initialization, and the host's clock and listeners. Immutable; {@link #windows11()} is the default, and
 * {@link #acpica()} answers as Debian's {@code acpiexec} 20200925 does, for comparing results with it.
 *
 * @param osi           the strings {@code _OSI} answers true to
 * @param revision      what {@code _REV} returns (2 on Windows and in ACPICA)
 * @param loopLimit     iterations one While may run before it fails with AE_AML_LOOP_TIMEOUT
 * @param loopTimeNanos machine time one While may take (its Sleeps and Stalls) before it fails the same way
 * @param callDepth     nested method calls allowed before AE_AML_METHOD_LIMIT
 * @param handlers      the handler of each address space; a space without one fails with AE_NOT_EXIST
 * @param regSpaces     spaces whose {@code _REG (space, 1)} methods run when the namespace is initialized
 * @param host          clock and event listeners
 */
public record AmlOptions(Set<String> osi, long revision, long loopLimit, long loopTimeNanos, int callDepth,
                         Map<Integer, RegionHandler> handlers, Set<Integer> regSpaces, AmlHost host) {
    /** ACPI 6.5 suggests a loop timeout; Windows and ACPICA both use about 30 seconds. */
    public static final long DEFAULT_LOOP_TIME_NANOS = 30_000_000_000L;
    /** Enough for any polling loop real firmware writes; a runaway loop fails in well under a second. */
    public static final long DEFAULT_LOOP_LIMIT = 1L << 20;
    /** ACPICA refuses deeper nesting with AE_AML_METHOD_LIMIT at 255; Java's stack bounds it lower here. */
    public static final int DEFAULT_CALL_DEPTH = 96;

    public AmlOptions {
        osi = Set.copyOf(osi);
        handlers = Map.copyOf(handlers);
        regSpaces = Set.copyOf(regSpaces);
        Objects.requireNonNull(host, "host");
        if (loopLimit < 1 || callDepth < 1 || loopTimeNanos < 1) {
            throw new IllegalArgumentException("bounds must be positive");
        }
    }

    /**
     * As Windows 11 answers, with every space served by one zero-filled {@link SimulatedRegions} and
     * {@code _REG} run for every space an OS driver serves on a Windows machine with its controllers started
     * (all but SystemMemory, SystemIO and PCI_Config, for which ACPI says OSPM does not run it).
     */
    public static AmlOptions windows11() {
        return new AmlOptions(OsInterfaces.WINDOWS_11, 2, DEFAULT_LOOP_LIMIT, DEFAULT_LOOP_TIME_NANOS, DEFAULT_CALL_DEPTH,
                allSpaces(new SimulatedRegions()), Set.of(3, 4, 5, 6, 7, 8, 9, 10), AmlHost.virtual());
    }

    /**
     * As ACPICA 20200925's {@code acpiexec} answers: its {@code _OSI} list, its simulated hardware
     * ({@link AcpiexecRegions}), and {@code _REG} run for the spaces it installs handlers for at start (SMBus
     * through PCC, not EmbeddedControl), as measured with it.
     */
    public static AmlOptions acpica() {
        return new AmlOptions(OsInterfaces.ACPICA_20200925, 2, DEFAULT_LOOP_LIMIT, DEFAULT_LOOP_TIME_NANOS,
                DEFAULT_CALL_DEPTH, allSpaces(new AcpiexecRegions()), Set.of(4, 5, 6, 7, 8, 9, 10), AmlHost.virtual());
    }

    /** The same options with {@code handler} serving {@code space}. */
    public AmlOptions withHandler(int space, RegionHandler handler) {
        var copy = new HashMap<>(handlers);
        copy.put(space, handler);
        return new AmlOptions(osi, revision, loopLimit, loopTimeNanos, callDepth, copy, regSpaces, host);
    }

    /** The same options with another host. */
    public AmlOptions withHost(AmlHost newHost) {
        return new AmlOptions(osi, revision, loopLimit, loopTimeNanos, callDepth, handlers, regSpaces, newHost);
    }

    /** The same options with another loop bound. */
    public AmlOptions withLoopLimit(long limit) {
        return new AmlOptions(osi, revision, limit, loopTimeNanos, callDepth, handlers, regSpaces, host);
    }

    /** The same options with {@code handler} serving every standard space (SystemMemory through PCC). */
    public AmlOptions withAllSpaces(RegionHandler handler) {
        return new AmlOptions(osi, revision, loopLimit, loopTimeNanos, callDepth, allSpaces(handler), regSpaces, host);
    }

    private static Map<Integer, RegionHandler> allSpaces(RegionHandler handler) {
        var map = new HashMap<Integer, RegionHandler>();
        for (int space = 0; space <= 10; space++) {
            map.put(space, handler);
        }
        return map;
    }
}
