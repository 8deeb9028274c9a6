package dev.gpioint.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** One vector table per processor: 160 lines per processor, a reused vector still reaching its own line. */
class VectorTableTest {
    private static final int LINES_PER_PROCESSOR = 0xCF - 0x30 + 1;

    @Test
    void theFirstRoundSpreadsVectorsRoundRobinAndTargetsOneProcessor() {
        Machine machine = Machine.deterministic(2);
        PrimaryAssignment first = machine.interrupts().assignPrimary(100, InterruptMode.EDGE, Polarity.ACTIVE_HIGH);
        PrimaryAssignment second = machine.interrupts().assignPrimary(101, InterruptMode.EDGE, Polarity.ACTIVE_HIGH);

        assertThat(first.vector()).isEqualTo(0x30);
        assertThat(first.targetProcessor()).isZero();
        assertThat(first.affinity()).isEqualTo(0b01);
        assertThat(second.vector()).isEqualTo(0x31);
        assertThat(second.targetProcessor()).isEqualTo(1);
        assertThat(second.affinity()).isEqualTo(0b10);
        // A shared line asked again keeps what it has.
        assertThat(machine.interrupts().assignPrimary(100, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)).isEqualTo(first);
    }

    @Test
    void aMachineServes160LinesPerProcessorAndReusedVectorsReachTheirOwnLines() {
        Machine machine = Machine.deterministic(2);
        int lines = 2 * LINES_PER_PROCESSOR;
        var calls = new AtomicIntegerArray(lines);
        var assignments = new PrimaryAssignment[lines];
        for (int i = 0; i < lines; i++) {
            assignments[i] = connect(machine, 1000 + i, calls, i);
        }
        // Line 160 reuses line 0's vector on the other processor.
        assertThat(assignments[LINES_PER_PROCESSOR].vector()).isEqualTo(assignments[0].vector());
        assertThat(assignments[LINES_PER_PROCESSOR].targetProcessor()).isNotEqualTo(assignments[0].targetProcessor());
        for (int i = 0; i < lines; i++) {
            for (int j = 0; j < i; j++) {
                boolean sameSlot = assignments[i].vector() == assignments[j].vector()
                        && assignments[i].targetProcessor() == assignments[j].targetProcessor();
                assertThat(sameSlot).as("lines %d and %d", i, j).isFalse();
            }
        }

        machine.interrupts().line(1000 + LINES_PER_PROCESSOR).pulse();
        machine.runUntilIdle();
        assertThat(calls.get(LINES_PER_PROCESSOR)).isEqualTo(1);
        assertThat(calls.get(0)).isZero();
        machine.interrupts().line(1000).pulse();
        machine.runUntilIdle();
        assertThat(calls.get(0)).isEqualTo(1);
        assertThat(calls.get(LINES_PER_PROCESSOR)).isEqualTo(1);

        var full = catchThrowableOfType(NtStatusException.class,
                () -> machine.interrupts().assignPrimary(5000, InterruptMode.EDGE, Polarity.ACTIVE_HIGH));
        assertThat(full.status()).isEqualTo(NtStatus.INSUFFICIENT_RESOURCES);
        assertThat(full).hasMessageContaining("GSIV 5000").hasMessageContaining("2 processors");
    }

    @Test
    void aConnectNamingAVectorOnAnotherProcessorIsRefused() {
        Machine machine = Machine.deterministic(2);
        PrimaryAssignment assignment = machine.interrupts().assignPrimary(100, InterruptMode.EDGE, Polarity.ACTIVE_HIGH);
        long otherProcessor = machine.allProcessorsAffinity() & ~assignment.affinity();

        var refused = catchThrowableOfType(NtStatusException.class, () -> machine.interrupts().connect(new ConnectRequest(
                assignment.vector(), otherProcessor, assignment.irql(), assignment.irql(), InterruptMode.EDGE, false, false,
                k -> true, "wrong processor", Optional.empty())));
        assertThat(refused.status()).isEqualTo(NtStatus.INVALID_PARAMETER);
    }

    private static PrimaryAssignment connect(Machine machine, long gsiv, AtomicIntegerArray calls, int index) {
        PrimaryAssignment assignment = machine.interrupts().assignPrimary(gsiv, InterruptMode.EDGE, Polarity.ACTIVE_HIGH);
        machine.interrupts().connect(new ConnectRequest(assignment.vector(), assignment.affinity(), assignment.irql(),
                assignment.irql(), InterruptMode.EDGE, false, false, k -> {
                    calls.incrementAndGet(index);
                    return true;
                }, "line " + gsiv, Optional.empty()));
        return assignment;
    }
}
