package dev.gpioint.kernel;

/**
 * Observes the routines the machine runs: ISRs (on a processor, or at PASSIVE on a worker), DPCs and work
 * items, each as a begin and an end on the calling thread. Installed with {@link Machine#setTracer}; while
 * {@link #NONE} is installed the machine pays one identity check per routine. A tracer is called from every
 * thread that runs routines (one thread on a deterministic machine) and may allocate: tracing is a diagnostic.
 */
public interface ExecutionTracer {
    /** Traces nothing. */
    ExecutionTracer NONE = new ExecutionTracer() {
    };

    /** An ISR starts; {@code processor} is -1 for a passive ISR on a worker. */
    default void isrBegin(int processor, KInterrupt interrupt) {
    }

    /** That ISR returned {@code claimed}. */
    default void isrEnd(int processor, KInterrupt interrupt, boolean claimed) {
    }

    default void dpcBegin(int processor, Dpc dpc) {
    }

    default void dpcEnd(int processor, Dpc dpc) {
    }

    default void workItemBegin(WorkItem item) {
    }

    default void workItemEnd(WorkItem item) {
    }
}
