package dev.gpioint.cli.jfr;

import dev.gpioint.kernel.Dpc;
import dev.gpioint.kernel.ExecutionTracer;
import dev.gpioint.kernel.KInterrupt;
import dev.gpioint.kernel.WorkItem;

/** Two tracers as one, for a run that writes a Chrome trace and JFR events at once. */
public record BothTracers(ExecutionTracer first, ExecutionTracer second) implements ExecutionTracer {
    @Override
    public void isrBegin(int processor, KInterrupt interrupt) {
        first.isrBegin(processor, interrupt);
        second.isrBegin(processor, interrupt);
    }

    @Override
    public void isrEnd(int processor, KInterrupt interrupt, boolean claimed) {
        second.isrEnd(processor, interrupt, claimed);
        first.isrEnd(processor, interrupt, claimed);
    }

    @Override
    public void dpcBegin(int processor, Dpc dpc) {
        first.dpcBegin(processor, dpc);
        second.dpcBegin(processor, dpc);
    }

    @Override
    public void dpcEnd(int processor, Dpc dpc) {
        second.dpcEnd(processor, dpc);
        first.dpcEnd(processor, dpc);
    }

    @Override
    public void workItemBegin(WorkItem item) {
        first.workItemBegin(item);
        second.workItemBegin(item);
    }

    @Override
    public void workItemEnd(WorkItem item) {
        second.workItemEnd(item);
        first.workItemEnd(item);
    }
}
