package dev.gpioint.kernel;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * Runs the whole machine on the calling thread in virtual time. One step is, in this order: the most urgent
 * pending interrupt of the lowest-numbered processor that has one; else a DPC; else a passive work item; else
 * a timer that is due. Time moves only in {@link #advance}. The same inputs give the same run, to the
 * nanosecond. An interrupt raised inside a callback is delivered when that callback returns (no preemption
 * within a callback).
 */
final class DeterministicScheduler implements Scheduler {
    private final Machine machine;
    private final long maxSteps;
    private final ArrayDeque<WorkItem> passive = new ArrayDeque<>(256);
    private final PriorityQueue<VirtualTimer> timers = new PriorityQueue<>();
    private long now;
    private long timerSequence;
    private final Processor[] processors;

    DeterministicScheduler(Machine machine, long maxSteps) {
        this.machine = machine;
        this.maxSteps = maxSteps;
        this.processors = new Processor[machine.processorCount()];
        for (int i = 0; i < processors.length; i++) {
            processors[i] = machine.processor(i); // made before the scheduler
        }
    }

    @Override
    public long nanoTime() {
        return now;
    }

    /** Virtual time is exact and a field: the tick is the time. */
    @Override
    public long tickNanos() {
        return now;
    }

    @Override
    public void wake(Processor processor) {
        // Nothing to wake: work is found on the next step.
    }

    @Override
    public void enqueuePassive(WorkItem item) {
        passive.addLast(item);
    }

    @Override
    public TimerHandle schedule(long delayNanos, Runnable action) {
        var timer = new VirtualTimer(now + Math.max(0, delayNanos), timerSequence++, action);
        timers.add(timer);
        return timer;
    }

    /**
     * The stalled processor is busy and, with one thread, so is the whole machine: time moves on by the stall
     * within the callback. Timers that fall due meanwhile fire once the callback returns, late, as a timer does
     * behind a processor stuck at raised IRQL.
     */
    @Override
    public void stall(long nanos) {
        checkThread();
        now += Math.max(0, nanos);
    }

    @Override
    public void runUntilIdle() {
        checkThread();
        ExecutionContext context = ExecutionContext.currentAsHint();
        long steps = 0;
        while (step(context)) {
            if (++steps > maxSteps) {
                throw new IllegalStateException("the machine did not go idle after " + maxSteps
                        + " steps at " + now + " ns: a routine keeps requeuing itself or an interrupt keeps firing");
            }
        }
    }

    @Override
    public void advance(Duration duration) {
        checkThread();
        long target = now + duration.toNanos();
        runUntilIdle();
        while (true) {
            VirtualTimer next = timers.peek();
            if (next == null || next.due > target) {
                break;
            }
            now = Math.max(now, next.due);
            runUntilIdle();
        }
        now = Math.max(now, target); // a stall may have carried the clock past the target already
        runUntilIdle();
    }

    @Override
    public void runUntil(BooleanSupplier done, String what) {
        checkThread();
        ExecutionContext context = ExecutionContext.currentAsHint();
        long steps = 0;
        while (!done.getAsBoolean()) {
            if (!step(context)) {
                throw new IllegalStateException("the machine went idle before " + what);
            }
            if (++steps > maxSteps) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + maxSteps + " steps");
            }
        }
    }

    private boolean step(ExecutionContext context) {
        for (Processor processor : processors) {
            if (processor.runOnce(context)) {
                return true;
            }
        }
        // Emptiness first: on the common idle step it is one comparison each, where poll and peek are calls.
        if (!passive.isEmpty()) {
            machine.runPassive(passive.pollFirst());
            return true;
        }
        if (timers.isEmpty()) {
            return false;
        }
        VirtualTimer timer = timers.peek();
        if (timer.due <= now) {
            timers.poll();
            if (!timer.cancelled) {
                timer.fired = true;
                machine.runHardwareAction(timer.action);
            }
            return true;
        }
        return false;
    }

    private void checkThread() {
        machine.requireMachineThread();
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }

    private static final class VirtualTimer implements TimerHandle, Comparable<VirtualTimer> {
        final long due;
        final long sequence;
        final Runnable action;
        boolean cancelled;
        boolean fired;

        VirtualTimer(long due, long sequence, Runnable action) {
            this.due = due;
            this.sequence = sequence;
            this.action = action;
        }

        @Override
        public boolean cancel() {
            if (cancelled || fired) {
                return false;
            }
            cancelled = true;
            return true;
        }

        @Override
        public long dueNanos() {
            return due;
        }

        @Override
        public int compareTo(VirtualTimer other) {
            int byTime = Long.compare(due, other.due);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
