package dev.gpioint.kernel;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A simulated computer: processors, a clock, interrupt controllers, device memory and the event log. It runs
 * in one of two modes with the same code path: <b>deterministic</b> (everything on the caller's thread, virtual
 * time that moves only in {@link #advance}, work done by {@link #runUntilIdle}) or <b>realtime</b> (a thread
 * per processor, passive worker threads, wall-clock time).
 *
 * <p>Close a realtime machine to stop its threads.
 */
public final class Machine implements AutoCloseable {
    private final MachineOptions options;
    private final Processor[] processors;
    private final Scheduler scheduler;
    private final InterruptManager interrupts;
    private final PhysicalMemory memory = new PhysicalMemory();
    private final EventLog log;
    private volatile ExecutionTracer tracer = ExecutionTracer.NONE;
    /** The one thread a deterministic machine runs on, bound by the first call that checks it. */
    private Thread machineThread;

    private Machine(MachineOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.processors = new Processor[options.processors()];
        for (int i = 0; i < processors.length; i++) {
            processors[i] = new Processor(this, i);
        }
        this.log = new EventLog(this);
        this.scheduler = options.deterministic()
                ? new DeterministicScheduler(this, options.maxSteps())
                : new RealtimeScheduler(this, options.idlePolicy(), options.workerThreads());
        this.interrupts = new InterruptManager(this, options.stormThreshold());
        scheduler.start();
    }

    public static Machine create(MachineOptions options) {
        return new Machine(options);
    }

    /** A deterministic machine with {@code processors} processors. */
    public static Machine deterministic(int processors) {
        return new Machine(MachineOptions.deterministic(processors));
    }

    /** A realtime machine with {@code processors} processor threads. */
    public static Machine realtime(int processors, IdlePolicy idlePolicy) {
        return new Machine(MachineOptions.realtime(processors, idlePolicy));
    }

    public MachineOptions options() {
        return options;
    }

    public boolean isDeterministic() {
        return options.deterministic();
    }

    /**
     * Whether several threads run this machine (realtime). A deterministic machine is run by one thread, so its
     * processors, routines and hardware models skip the atomic operations and locks a realtime one needs.
     */
    public boolean isConcurrent() {
        return !options.deterministic();
    }

    /**
     * Deterministic machines only: fails unless the caller is the machine's thread, which the first thread to
     * touch its hardware or run it becomes. A plain read on the fast path; a thread that sees no owner yet binds
     * it under the lock.
     */
    void requireMachineThread() {
        if (Thread.currentThread() != machineThread) {
            bindMachineThread();
        }
    }

    private synchronized void bindMachineThread() {
        Thread current = Thread.currentThread();
        if (machineThread == null) {
            machineThread = current;
        } else if (machineThread != current) {
            throw new IllegalStateException("a deterministic machine runs on one thread: it runs on "
                    + machineThread.getName() + ", not " + current.getName());
        }
    }

    public int processorCount() {
        return processors.length;
    }

    public Processor processor(int index) {
        return processors[index];
    }

    /** KAFFINITY with a bit for every processor. */
    public long allProcessorsAffinity() {
        return processors.length == 64 ? -1L : (1L << processors.length) - 1;
    }

    /** Machine time in nanoseconds since start: virtual when deterministic. */
    public long nanoTime() {
        return scheduler.nanoTime();
    }

    /**
     * {@code KeStallExecutionProcessor}: busy-waits {@code microseconds} on the calling processor, at any IRQL.
     * Deterministic: virtual time moves on by the stall (the only way a callback consumes machine time);
     * realtime: the thread spins on the wall clock. Windows asks for stalls under 50 us; a longer one is how
     * gpioint models a driver stuck in a loop at raised IRQL, which the client-callback bound then catches.
     */
    public void stallExecutionProcessor(long microseconds) {
        if (microseconds < 0) {
            throw new IllegalArgumentException("a stall cannot be negative: " + microseconds + " us");
        }
        scheduler.stall(microseconds * 1000L);
    }

    /**
     * A coarse machine clock for bounds that are checked often and rarely exceeded: exactly {@link #nanoTime} on a
     * deterministic machine; on a realtime one the wall clock as of the last clock tick (1-10 ms old), read
     * without a clock read.
     */
    public long tickNanos() {
        return scheduler.tickNanos();
    }

    public InterruptManager interrupts() {
        return interrupts;
    }

    public PhysicalMemory memory() {
        return memory;
    }

    public EventLog log() {
        return log;
    }

    boolean measuresTime() {
        return options.measureTime();
    }

    /** Installs {@code value} to observe every ISR, DPC and work item from now on; {@link ExecutionTracer#NONE} stops. */
    public void setTracer(ExecutionTracer value) {
        tracer = java.util.Objects.requireNonNull(value, "tracer");
    }

    /** The installed tracer. */
    public ExecutionTracer tracer() {
        return tracer;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    /** Runs all work that is ready now: interrupts, DPCs, work items, due timers. Realtime: waits for it. */
    public void runUntilIdle() {
        scheduler.runUntilIdle();
    }

    /** Lets {@code duration} of machine time pass, firing timers in order and running all work they cause. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time does not go back: " + duration);
        }
        scheduler.advance(duration);
    }

    /** Runs work until {@code done} holds; fails naming {@code what} if the machine goes idle first. */
    public void runUntil(BooleanSupplier done, String what) {
        scheduler.runUntil(done, what);
    }

    /** Runs {@code action} in hardware context after {@code delay} of machine time. */
    public TimerHandle schedule(Duration delay, Runnable action) {
        return scheduler.schedule(delay.toNanos(), action);
    }

    /** A DPC object for {@code routine}; allocate once, queue many times. */
    public Dpc newDpc(DeferredRoutine routine, String name) {
        return new Dpc(this, routine, name);
    }

    /** A work item for {@code routine}; allocate once, queue many times. */
    public WorkItem newWorkItem(DeferredRoutine routine, String name) {
        return new WorkItem(this, routine, name);
    }

    /** Waits until {@code dpc} is neither queued nor running (KeFlushQueuedDpcs for one DPC). */
    public void flush(Dpc dpc) {
        if (dpc.isQueued() || dpc.isRunning()) {
            runUntil(() -> !dpc.isQueued() && !dpc.isRunning(), "DPC " + dpc.name() + " to finish");
        }
    }

    /** Waits until {@code item} is neither queued nor running. */
    public void flush(WorkItem item) {
        if (item.isRunning() && isDeterministic()) {
            return; // flushing from inside the item itself: it finishes when the caller returns
        }
        if (item.isQueued() || item.isRunning()) {
            runUntil(() -> !item.isQueued() && !item.isRunning(), "work item " + item.name() + " to finish");
        }
    }

    void runPassive(WorkItem item) {
        ExecutionContext context = ExecutionContext.current();
        int oldProcessor = context.processor;
        int oldIrql = context.irql;
        context.processor = -1;
        context.irql = Irql.PASSIVE;
        ExecutionTracer tracing = tracer;
        try {
            if (tracing != ExecutionTracer.NONE) {
                tracing.workItemBegin(item);
            }
            if (isConcurrent()) {
                synchronized (item.execution) {
                    item.execute();
                }
            } else {
                item.execute();
            }
        } catch (RuntimeException | Error failure) {
            reportRoutineFailure("work item " + item.name(), failure);
        } finally {
            if (tracing != ExecutionTracer.NONE) {
                tracing.workItemEnd(item);
            }
            context.irql = oldIrql;
            context.processor = oldProcessor;
        }
    }

    void runHardwareAction(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | Error failure) {
            reportRoutineFailure("timer action", failure);
        }
    }

    void reportRoutineFailure(String what, Throwable failure) {
        if (failure instanceof VirtualMachineError fatal) {
            throw fatal;
        }
        log.add("kernel", MachineEvent.Kind.FAILURE, what + " threw " + failure);
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
