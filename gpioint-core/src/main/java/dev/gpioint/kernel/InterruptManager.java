package dev.gpioint.kernel;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The HAL's part of interrupts: the primary controller's lines, the vector table, secondary GSIV ranges and
 * connecting and disconnecting interrupt objects ({@code IoConnectInterruptEx}/{@code IoDisconnectInterruptEx}).
 *
 * <p>Each processor has its own vector table (an x64 IDT per processor), so a vector number names a line only
 * together with its target processor, and a line's translated affinity is that one processor. Vectors are assigned
 * from 0x30 upwards as lines are first translated, so a vector's IRQL ({@code vector >> 4}) is a DIRQL from 3 to
 * 12; lines are spread over the processors round-robin in the same order. When every vector 0x30..0xCF is in use,
 * the next round of lines reuses them, each vector on a processor it is not yet used on, so the machine serves
 * 160 lines per processor. Secondary GSIVs start at {@link #SECONDARY_GSIV_BASE}, one contiguous range per
 * provider, and their translated vector is the GSIV itself (gpioint's choice; Windows does not document the
 * numbers).
 */
public final class InterruptManager {
    /** The first secondary GSIV. Primary GSIVs must be below it. */
    public static final long SECONDARY_GSIV_BASE = 0x1_0000;
    private static final int FIRST_VECTOR = 0x30;
    private static final int LAST_VECTOR = 0xCF;

    private final Machine machine;
    private final int stormThreshold;
    private final Map<Long, InterruptLine> lines = new ConcurrentHashMap<>();
    private static final int VECTORS_PER_PROCESSOR = LAST_VECTOR - FIRST_VECTOR + 1;

    /** Indexed by processor, then vector: one vector table per processor. */
    private final InterruptVector[][] vectors;
    /** Primary lines given a vector so far; the next line's vector and processor follow from it. */
    private int assignedLines;
    private final TreeMap<Long, SecondaryVector[]> secondaryRanges = new TreeMap<>();
    private long nextSecondaryBase = SECONDARY_GSIV_BASE;
    private final List<KInterrupt> connected = new ArrayList<>();
    /**
     * Copy-on-write, so a storm is reported without this manager's monitor: a line declares its storm holding its
     * own lock, and assignPrimary takes the two the other way round.
     */
    private final List<BiConsumer<InterruptSource, List<KInterrupt>>> stormListeners = new CopyOnWriteArrayList<>();

    InterruptManager(Machine machine, int stormThreshold) {
        this.machine = machine;
        this.stormThreshold = stormThreshold;
        this.vectors = new InterruptVector[machine.processorCount()][256];
    }

    int stormThreshold() {
        return stormThreshold;
    }

    /** The primary controller's line {@code gsiv}, for hardware to drive. */
    public InterruptLine line(long gsiv) {
        if (gsiv < 0 || gsiv >= SECONDARY_GSIV_BASE) {
            throw new IllegalArgumentException("GSIV " + gsiv + " is not a primary line (0.." + (SECONDARY_GSIV_BASE - 1) + ")");
        }
        return lines.computeIfAbsent(gsiv, g -> new InterruptLine(this, machine, g));
    }

    /**
     * Programs primary line {@code gsiv} and gives the values of its translated descriptor. A line already
     * assigned (shared) gets the same vector; programming it with another mode or polarity is refused.
     */
    public synchronized PrimaryAssignment assignPrimary(long gsiv, InterruptMode mode, Polarity polarity) {
        InterruptLine line = line(gsiv);
        if (!line.program(mode, polarity)) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, "GSIV " + gsiv + " is already programmed as "
                    + line.mode() + " " + line.polarity() + ", not " + mode + " " + polarity);
        }
        InterruptVector entry = line.boundVector();
        if (entry == null) {
            int processors = machine.processorCount();
            int round = assignedLines / VECTORS_PER_PROCESSOR;
            if (round >= processors) {
                throw new NtStatusException(NtStatus.INSUFFICIENT_RESOURCES, "no interrupt vector is left for GSIV " + gsiv
                        + ": all " + VECTORS_PER_PROCESSOR + " vectors (0x" + Integer.toHexString(FIRST_VECTOR) + "-0x"
                        + Integer.toHexString(LAST_VECTOR) + ") of each of the " + processors + " processors are in use");
            }
            int slot = assignedLines % VECTORS_PER_PROCESSOR;
            // Round 0 puts vector 0x30+k on processor k mod n; round r shifts by r, so no processor gets a vector twice.
            int target = (slot + round) % processors;
            entry = new InterruptVector(FIRST_VECTOR + slot, target, line, new InterruptChain(machine, line));
            vectors[target][entry.vector()] = entry;
            line.bind(entry, machine.processor(target));
            assignedLines++;
        }
        return new PrimaryAssignment(entry.vector(), entry.irql(), 1L << entry.processor(), entry.processor());
    }

    /** The line whose vector {@code vector} is on processor {@code processor}, or null. */
    InterruptVector vectorEntry(int processor, int vector) {
        return vectors[processor][vector];
    }

    /** Gives {@code provider} a range of {@code pins} secondary GSIVs and returns its first one. */
    public synchronized long registerSecondaryProvider(SecondaryInterruptProvider provider, int pins) {
        long base = nextSecondaryBase;
        var range = new SecondaryVector[pins];
        for (int pin = 0; pin < pins; pin++) {
            range[pin] = new SecondaryVector(machine, base + pin, provider, pin);
        }
        secondaryRanges.put(base, range);
        // Ranges are 64-aligned so a GSIV shows its controller and pin at a glance.
        nextSecondaryBase = base + ((pins + 63) / 64) * 64L;
        return base;
    }

    /** The secondary vector of {@code gsiv}; throws when no provider owns it. */
    public synchronized SecondaryVector secondaryVector(long gsiv) {
        Map.Entry<Long, SecondaryVector[]> range = secondaryRanges.floorEntry(gsiv);
        if (range == null || gsiv - range.getKey() >= range.getValue().length) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "no GPIO controller owns secondary GSIV 0x" + Long.toHexString(gsiv));
        }
        return range.getValue()[(int) (gsiv - range.getKey())];
    }

    /**
     * Connects an interrupt object (IoConnectInterruptEx, fully specified). Refused with
     * STATUS_INVALID_PARAMETER for an unknown vector, a passive request whose IRQLs are not PASSIVE, or a DIRQL
     * ISR on a pin reached only at PASSIVE; with STATUS_SHARING_VIOLATION when the vector is taken by an object
     * that does not share, or this one does not share and the vector is taken.
     */
    public KInterrupt connect(ConnectRequest request) {
        Verifier.requireIrql(Irql.PASSIVE, "IoConnectInterruptEx");
        if (request.passive() && (request.irql() != Irql.PASSIVE || request.synchronizeIrql() != Irql.PASSIVE)) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "a passive-level ISR needs Irql and SynchronizeIrql PASSIVE_LEVEL");
        }
        if (!request.passive() && (!Irql.isDirql(request.irql()) || request.synchronizeIrql() < request.irql())) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "a DIRQL ISR needs a device IRQL and SynchronizeIrql >= Irql, not "
                    + request.irql() + "/" + request.synchronizeIrql());
        }
        InterruptChain chain;
        SecondaryVector secondary = null;
        InterruptLine line = null;
        synchronized (this) {
            if (request.vector() >= SECONDARY_GSIV_BASE) {
                secondary = secondaryVector(request.vector());
                if (!request.passive() && !secondary.provider().allowsDirql(secondary.pin())) {
                    throw new NtStatusException(NtStatus.INVALID_PARAMETER, secondary.provider().name() + " pin " + secondary.pin()
                            + " is on a controller reached only at PASSIVE_LEVEL: its ISR must be passive");
                }
                chain = secondary.chain();
            } else {
                InterruptVector entry = primaryVector(request);
                if (entry == null) {
                    throw new NtStatusException(NtStatus.INVALID_PARAMETER, "vector 0x" + Long.toHexString(request.vector()) + " is not assigned");
                }
                chain = entry.chain();
                line = entry.line();
            }
            checkSharing(chain, request);
        }
        var interrupt = new KInterrupt(machine, request, chain);
        boolean first = chain.isEmpty();
        if (first && secondary != null) {
            secondary.provider().enablePin(secondary.pin());
        }
        chain.add(interrupt);
        synchronized (this) {
            connected.add(interrupt);
        }
        if (first && line != null) {
            line.setMasked(false);
        }
        return interrupt;
    }

    /** The vector table entry a request names: its vector on a processor of its affinity. */
    private InterruptVector primaryVector(ConnectRequest request) {
        if (request.vector() < 0 || request.vector() >= 256) {
            return null;
        }
        for (int processor = 0; processor < vectors.length; processor++) {
            InterruptVector entry = vectors[processor][(int) request.vector()];
            if (entry != null && (request.affinity() & (1L << processor)) != 0) {
                return entry;
            }
        }
        return null;
    }

    private static void checkSharing(InterruptChain chain, ConnectRequest request) {
        for (KInterrupt other : chain.members()) {
            if (!request.shareVector()) {
                throw new NtStatusException(NtStatus.SHARING_VIOLATION, request.owner() + " asks for exclusive use of "
                        + chain.source().describe() + ", already connected by " + other.owner());
            }
            if (other.mode() != request.mode()) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, chain.source().describe() + " is connected as "
                        + other.mode() + " by " + other.owner() + ", not " + request.mode());
            }
        }
        if (!chain.isEmpty() && !chain.members()[0].isSharedConnection()) {
            throw new NtStatusException(NtStatus.SHARING_VIOLATION, chain.source().describe() + " is held exclusively by "
                    + chain.members()[0].owner());
        }
    }

    /**
     * Disconnects an interrupt object: no ISR call starts on it afterwards. The last object off a primary line
     * masks it; the last off a pin disables the pin.
     */
    public void disconnect(KInterrupt interrupt) {
        Verifier.requireIrql(Irql.PASSIVE, "IoDisconnectInterruptEx");
        if (!interrupt.connected) {
            throw new VerifierException(VerifierRule.REDUNDANT_CONNECT, "IoDisconnectInterruptEx",
                    "the interrupt of " + interrupt.owner() + " is not connected");
        }
        InterruptChain chain = interrupt.chain();
        interrupt.connected = false;
        chain.remove(interrupt);
        synchronized (this) {
            connected.remove(interrupt);
        }
        silenceIfUnused(chain, interrupt);
        if (interrupt.isQuarantined()) {
            chain.releaseQuarantineHold(); // masked or disabled above when nobody is left: the release requests nothing
        }
        // A passive ISR of this chain may still be queued: let it finish before the caller tears down.
        machine.flush(chain.passiveWork());
    }

    /**
     * IoReportInterruptInactive: the object stays connected but gets no requests until reported active; the
     * last active object off a source masks it as a disconnect would.
     */
    public void reportInactive(KInterrupt interrupt) {
        Verifier.requireIrqlAtMost(Irql.DISPATCH, "IoReportInterruptInactive");
        InterruptChain chain = interrupt.chain();
        chain.remove(interrupt);
        silenceIfUnused(chain, interrupt);
    }

    /** IoReportInterruptActive: undoes {@link #reportInactive}. */
    public void reportActive(KInterrupt interrupt) {
        Verifier.requireIrqlAtMost(Irql.DISPATCH, "IoReportInterruptActive");
        InterruptChain chain = interrupt.chain();
        boolean first = chain.isEmpty();
        if (first && !(chain.source() instanceof InterruptLine)) {
            SecondaryVector secondary = secondaryVector(interrupt.vector());
            secondary.provider().enablePin(secondary.pin());
        }
        chain.add(interrupt);
        if (first && chain.source() instanceof InterruptLine line) {
            line.setMasked(false);
        }
    }

    /** The last object is off {@code chain}: mask its line, or disable its pin. */
    private void silenceIfUnused(InterruptChain chain, KInterrupt interrupt) {
        if (!chain.isEmpty()) {
            return;
        }
        if (chain.source() instanceof InterruptLine line) {
            line.setMasked(true);
        } else {
            SecondaryVector secondary = secondaryVector(interrupt.vector());
            secondary.provider().disablePin(secondary.pin());
        }
    }

    /** The connected interrupt objects, in connection order. */
    public synchronized List<KInterrupt> connectedInterrupts() {
        return List.copyOf(connected);
    }

    /** Spurious requests seen by the source an interrupt object is connected to. */
    public long spuriousCount(KInterrupt interrupt) {
        return interrupt.chain().spuriousCount();
    }

    /** Called with the source and its connected objects when a storm masks a source. */
    public void addStormListener(BiConsumer<InterruptSource, List<KInterrupt>> listener) {
        stormListeners.add(listener);
    }

    void reportStorm(InterruptSource source, int repeats) {
        List<KInterrupt> owners = List.of(sourceMembers(source));
        machine.log().add("hal", MachineEvent.Kind.STORM, source.describe() + " asserted " + repeats
                + " times in a row without being silenced; masked. Connected: "
                + owners.stream().map(KInterrupt::owner).toList());
        for (var listener : stormListeners) {
            listener.accept(source, owners);
        }
    }

    /** Public form of storm reporting for secondary controllers (the GPIO hub). */
    public void reportSecondaryStorm(SecondaryVector vector, int repeats) {
        reportStorm(vector.chain().source(), repeats);
    }

    private KInterrupt[] sourceMembers(InterruptSource source) {
        if (source instanceof InterruptLine line && line.boundVector() != null) {
            return line.boundVector().chain().members();
        }
        synchronized (this) {
            for (SecondaryVector[] range : secondaryRanges.values()) {
                for (SecondaryVector vector : range) {
                    if (vector.chain().source() == source) {
                        return vector.chain().members();
                    }
                }
            }
        }
        return new KInterrupt[0];
    }
}
