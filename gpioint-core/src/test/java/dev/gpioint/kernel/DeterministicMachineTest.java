package dev.gpioint.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The one-thread rule that lets a deterministic machine run its interrupt path without locks or atomics. */
class DeterministicMachineTest {
    private final Machine machine = Machine.deterministic(1);
    private final AtomicInteger isrCalls = new AtomicInteger();
    private final AtomicInteger isrIrql = new AtomicInteger(-1);

    private InterruptLine connectedEdgeLine(long gsiv) {
        PrimaryAssignment assignment = machine.interrupts().assignPrimary(gsiv, InterruptMode.EDGE, Polarity.ACTIVE_HIGH);
        machine.interrupts().connect(new ConnectRequest(assignment.vector(), assignment.affinity(), assignment.irql(), assignment.irql(),
                InterruptMode.EDGE, false, false, k -> {
                    isrCalls.incrementAndGet();
                    isrIrql.set(Irql.current());
                    return true;
                }, "test device", Optional.empty()));
        return machine.interrupts().line(gsiv);
    }

    @Test
    void anEdgeOnTheMachinesThreadIsServicedAtTheLinesIrql() {
        InterruptLine line = connectedEdgeLine(40);
        line.pulse();
        machine.runUntilIdle();
        assertThat(isrCalls).hasValue(1);
        assertThat(isrIrql.get()).isEqualTo(machine.interrupts().assignPrimary(40, InterruptMode.EDGE, Polarity.ACTIVE_HIGH).irql());
        assertThat(Irql.current()).isEqualTo(Irql.PASSIVE);
    }

    @Test
    void hardwareDrivenFromASecondThreadFailsLoudlyInsteadOfRacing() throws InterruptedException {
        InterruptLine line = connectedEdgeLine(41);
        line.pulse(); // the first request binds the machine to this thread
        machine.runUntilIdle();

        var failure = new AtomicReference<Throwable>();
        Thread other = Thread.ofPlatform().name("intruder").start(() -> failure.set(catchThrowable(line::pulse)));
        other.join();

        assertThat(failure.get()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a deterministic machine runs on one thread")
                .hasMessageContaining(Thread.currentThread().getName())
                .hasMessageContaining("intruder");
        machine.runUntilIdle();
        assertThat(isrCalls).hasValue(1);
        // Refused before it changed anything: the line is as it was, and the next edge is delivered.
        assertThat(line.isAsserted()).isFalse();
        assertThat(line.requestCount()).isEqualTo(1);
        line.pulse();
        machine.runUntilIdle();
        assertThat(isrCalls).hasValue(2);
    }

    @Test
    void aLevelLineStaysServiceableAfterARefusedIntruder() throws InterruptedException {
        PrimaryAssignment assignment = machine.interrupts().assignPrimary(42, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH);
        InterruptLine line = machine.interrupts().line(42);
        machine.interrupts().connect(new ConnectRequest(assignment.vector(), assignment.affinity(), assignment.irql(), assignment.irql(),
                InterruptMode.LEVEL, false, false, k -> {
                    isrCalls.incrementAndGet();
                    line.assertLine(false); // the device is silenced by its ISR
                    return true;
                }, "level device", Optional.empty()));
        machine.runUntilIdle(); // binds the machine to this thread

        Thread other = Thread.ofPlatform().start(() -> catchThrowable(() -> line.assertLine(true)));
        other.join();

        line.assertLine(true);
        machine.runUntilIdle();
        assertThat(isrCalls).hasValue(1);
    }

    @Test
    void runningTheMachineFromASecondThreadFailsToo() throws InterruptedException {
        machine.runUntilIdle();
        var failure = new AtomicReference<Throwable>();
        Thread other = Thread.ofPlatform().start(() -> failure.set(catchThrowable(machine::runUntilIdle)));
        other.join();
        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("runs on one thread");
    }
}
