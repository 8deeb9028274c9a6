package dev.gpioint.cli.jfr;

import dev.gpioint.kernel.Dpc;
import dev.gpioint.kernel.ExecutionTracer;
import dev.gpioint.kernel.KInterrupt;
import dev.gpioint.kernel.WorkItem;
import java.util.ArrayDeque;

/**
 * Emits a JFR event per ISR, DPC and work item. Routines nest (a pin's ISR runs inside its controller's bank
 * ISR), so each thread keeps a stack of open events.
 */
public final class JfrTracer implements ExecutionTracer {
    private final ThreadLocal<ArrayDeque<jdk.jfr.Event>> open = ThreadLocal.withInitial(ArrayDeque::new);

    private void begin(jdk.jfr.Event event) {
        event.begin();
        open.get().push(event);
    }

    private jdk.jfr.Event end() {
        jdk.jfr.Event event = open.get().pop();
        event.end();
        return event;
    }

    @Override
    public void isrBegin(int processor, KInterrupt interrupt) {
        var event = new IsrEvent();
        event.owner = interrupt.owner();
        event.source = interrupt.sourceDescription();
        event.processor = processor;
        begin(event);
    }

    @Override
    public void isrEnd(int processor, KInterrupt interrupt, boolean claimed) {
        var event = (IsrEvent) end();
        event.claimed = claimed;
        event.commit();
    }

    @Override
    public void dpcBegin(int processor, Dpc dpc) {
        var event = new DpcEvent();
        event.name = dpc.name();
        event.processor = processor;
        begin(event);
    }

    @Override
    public void dpcEnd(int processor, Dpc dpc) {
        end().commit();
    }

    @Override
    public void workItemBegin(WorkItem item) {
        var event = new WorkItemEvent();
        event.name = item.name();
        begin(event);
    }

    @Override
    public void workItemEnd(WorkItem item) {
        end().commit();
    }
}
