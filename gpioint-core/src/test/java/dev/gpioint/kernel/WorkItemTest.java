package dev.gpioint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkItemTest {

    @Test
    void aWorkItemQueuedWhileRunningRunsAgainAfterwardsNeverAlongsideItself() throws InterruptedException {
        try (Machine machine = Machine.create(MachineOptions.realtime(2, IdlePolicy.PARK))) {
            var inside = new AtomicInteger();
            var mostInside = new AtomicInteger();
            var runs = new AtomicInteger();
            WorkItem[] item = new WorkItem[1];
            item[0] = machine.newWorkItem(() -> {
                int now = inside.incrementAndGet();
                mostInside.accumulateAndGet(now, Math::max);
                item[0].queue(); // queued again while running: another worker is free to pick it up
                Thread.onSpinWait();
                inside.decrementAndGet();
                if (runs.incrementAndGet() >= 2000) {
                    return;
                }
            }, "requeuing");
            item[0].queue();
            machine.runUntil(() -> runs.get() >= 2000, "2000 runs");
            assertThat(mostInside.get()).isEqualTo(1);
        }
    }

    @Test
    void closingARealtimeMachineLetsARunningWorkItemFinishUninterrupted() throws InterruptedException {
        Machine machine = Machine.create(MachineOptions.realtime(1, IdlePolicy.PARK));
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var interrupted = new AtomicBoolean();
        var finished = new AtomicBoolean();
        machine.newWorkItem(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            finished.set(true);
        }, "long-running").queue();
        started.await();
        Thread closer = Thread.ofPlatform().start(machine::close);
        // close() must wait for the routine rather than interrupt it. Give it time to do the wrong thing: this
        // bounded wait can only make a regression pass unnoticed on a very slow machine, never fail a correct run.
        closer.join(200);
        release.countDown();
        closer.join();
        assertThat(interrupted).isFalse();
        assertThat(finished).isTrue();
    }

    @Test
    void queuingAQueuedWorkItemReportsFalseAndItRunsOnceAtPassive() {
        Machine machine = Machine.deterministic(1);
        var runs = new AtomicInteger();
        var irql = new AtomicInteger(-1);
        WorkItem item = machine.newWorkItem(() -> {
            runs.incrementAndGet();
            irql.set(Irql.current());
        }, "once");
        assertThat(item.queue()).isTrue();
        assertThat(item.queue()).isFalse();
        machine.runUntilIdle();
        assertThat(runs.get()).isEqualTo(1);
        assertThat(irql.get()).isEqualTo(Irql.PASSIVE);
    }
}
