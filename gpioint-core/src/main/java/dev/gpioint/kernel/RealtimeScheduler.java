package dev.gpioint.kernel;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Runs each processor on its own platform thread, passive work on worker threads and timers on a timer
 * thread, in wall-clock time. A processor thread services interrupts and DPCs as {@link Processor#runOnce}
 * says and, when idle, spins or parks as its {@link IdlePolicy} says.
 */
final class RealtimeScheduler implements Scheduler {
    private final Machine machine;
    private final IdlePolicy idlePolicy;
    private final long start = System.nanoTime();
    private final Thread[] processorThreads;
    private final Thread[] workers;
    private final LinkedBlockingQueue<WorkItem> passive = new LinkedBlockingQueue<>();
    private final AtomicInteger busyWorkers = new AtomicInteger();
    /** Queued once per worker by stop(): the worker that takes it ends. Never run. */
    private final WorkItem stopSignal;
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, runnable -> {
        var thread = new Thread(runnable, "gpioint-timer");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * 1 while a processor is about to park. Volatile accesses on both sides of the handshake (the processor: set
     * the flag, then look for work; a requester: post work, then read the flag) make sure one of them sees the
     * other, so a request never waits out a park timeout.
     */
    private final AtomicIntegerArray sleeping;
    private volatile boolean running;
    /** The wall clock as of the last tick of the timer thread (see {@link #tickNanos}). */
    private volatile long tick;
    /** How long an idle parked processor sleeps if nothing unparks it. */
    private static final long PARK_SAFETY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    RealtimeScheduler(Machine machine, IdlePolicy idlePolicy, int workerCount) {
        this.machine = machine;
        this.idlePolicy = idlePolicy;
        this.processorThreads = new Thread[machine.processorCount()];
        this.sleeping = new AtomicIntegerArray(machine.processorCount());
        this.workers = new Thread[workerCount];
        this.stopSignal = new WorkItem(machine, () -> { }, "stop signal");
    }

    @Override
    public long nanoTime() {
        return System.nanoTime() - start;
    }

    /** A busy wait on the wall clock, as the HAL's stall spins on a counter. */
    @Override
    public void stall(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() - end < 0) {
            Thread.onSpinWait();
        }
    }

    /**
     * The wall clock sampled by the timer thread every tick (a sixteenth of the client-callback bound, 1 to 10 ms),
     * as Windows' DPC watchdog counts clock ticks: a volatile read, where a clock read costs tens of nanoseconds
     * on a virtual machine, and the interrupt path reads it once per client callback.
     */
    @Override
    public long tickNanos() {
        return tick;
    }

    @Override
    public void start() {
        running = true;
        long period = Math.clamp(machine.options().callbackBoundNanos() / 16, 1_000_000L, 10_000_000L);
        tick = nanoTime();
        timers.scheduleAtFixedRate(() -> tick = nanoTime(), period, period, TimeUnit.NANOSECONDS);
        for (int i = 0; i < processorThreads.length; i++) {
            Processor processor = machine.processor(i);
            processorThreads[i] = Thread.ofPlatform().daemon().name("gpioint-cpu" + i).start(() -> processorLoop(processor));
        }
        for (int i = 0; i < workers.length; i++) {
            workers[i] = Thread.ofPlatform().daemon().name("gpioint-worker" + i).start(this::workerLoop);
        }
    }

    private void processorLoop(Processor processor) {
        int index = processor.index();
        ExecutionContext context = ExecutionContext.current();
        while (running) {
            if (processor.runOnce(context)) {
                continue;
            }
            if (idlePolicy == IdlePolicy.SPIN) {
                Thread.onSpinWait();
            } else {
                sleeping.set(index, 1);
                if (!processor.hasWork() && running) {
                    // Requests unpark this thread (see wake); the timeout is only a safety net. A short one would
                    // wake every idle processor a thousand times a second, and on a small machine each of those
                    // wakeups takes a core from a thread that is serving an interrupt.
                    LockSupport.parkNanos(this, PARK_SAFETY_NANOS);
                }
                sleeping.set(index, 0);
            }
        }
    }

    private void workerLoop() {
        while (running) {
            WorkItem item;
            try {
                // Workers block even under SPIN, and without a timeout: on a 2-core machine spinning workers took
                // the cores from the processor threads, and even a 10 ms poll timeout woke each worker a hundred
                // times a second into the latency tail. stop() queues one stop signal per worker; it does not
                // interrupt them, since a worker may be inside a driver's routine.
                item = passive.take();
            } catch (InterruptedException e) {
                continue; // not from stop(): ignored, as a system worker would
            }
            if (item == stopSignal) {
                return;
            }
            busyWorkers.incrementAndGet();
            try {
                machine.runPassive(item);
            } finally {
                busyWorkers.decrementAndGet();
            }
        }
    }

    @Override
    public void wake(Processor processor) {
        int index = processor.index();
        if (idlePolicy == IdlePolicy.PARK && sleeping.get(index) != 0) {
            Thread thread = processorThreads[index];
            if (thread != null) {
                LockSupport.unpark(thread);
            }
        }
    }

    @Override
    public void enqueuePassive(WorkItem item) {
        passive.add(item);
    }

    @Override
    public TimerHandle schedule(long delayNanos, Runnable action) {
        long due = nanoTime() + delayNanos;
        ScheduledFuture<?> future = timers.schedule(() -> machine.runHardwareAction(action), delayNanos, TimeUnit.NANOSECONDS);
        return new TimerHandle() {
            @Override
            public boolean cancel() {
                return future.cancel(false);
            }

            @Override
            public long dueNanos() {
                return due;
            }
        };
    }

    @Override
    public void runUntilIdle() {
        runUntil(this::idle, "the machine to go idle");
    }

    private boolean idle() {
        for (int i = 0; i < machine.processorCount(); i++) {
            if (machine.processor(i).hasWork()) {
                return false;
            }
        }
        return passive.isEmpty() && busyWorkers.get() == 0 && timers.getQueue().stream().noneMatch(t -> t instanceof java.util.concurrent.Delayed d && d.getDelay(TimeUnit.NANOSECONDS) <= 0);
    }

    @Override
    public void advance(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
        runUntilIdle();
    }

    @Override
    public void runUntil(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        // Two consecutive observations, so work that is handed between threads is not missed.
        int quiet = 0;
        while (quiet < 2) {
            quiet = done.getAsBoolean() ? quiet + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up after 30 s waiting for " + what);
            }
            LockSupport.parkNanos(50_000L);
        }
    }

    @Override
    public void stop() {
        running = false;
        timers.shutdownNow();
        for (Thread thread : processorThreads) {
            if (thread != null) {
                LockSupport.unpark(thread);
            }
        }
        for (Thread thread : processorThreads) {
            joinQuietly(thread);
        }
        for (Thread thread : workers) {
            if (thread != null) {
                passive.add(stopSignal);
            }
        }
        for (Thread thread : workers) {
            joinQuietly(thread);
        }
    }

    private static void joinQuietly(Thread thread) {
        if (thread == null || thread == Thread.currentThread()) {
            return; // stopped from one of its own threads (a routine closing the machine): it ends on return
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
