package dev.gpioint.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference model on small cases worked out by hand from the rules, and the chain agreeing with it. */
class ReferenceModelTest {
    private static final long MS = 1_000_000L;
    private static final ControllerSpec PLAIN = new ControllerSpec(0, true, false, "edge-level");

    private static Net pin(int pin, InterruptMode mode, Polarity polarity, int debounce, boolean shared) {
        return new Net(0, pin, -1, mode, polarity, debounce, shared);
    }

    /** Claimed calls per bucket of (device, interrupt). */
    private static long[] claimed(Case c, int device, int interrupt) {
        return ReferenceModel.expect(c).of(device, interrupt)[0];
    }

    private static void agrees(Case c) {
        assertThat(CaseRunner.run(c).discrepancies()).isEmpty();
    }

    @Test
    void anEdgeIsOneCallPerAssertingTransitionToEveryConnectedSharer() {
        var board = new BoardSpec(List.of(PLAIN), List.of(pin(3, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, 0, true)),
                List.of(new DeviceSpec(0, Flavour.KMDF_DIRQL, List.of(0)), new DeviceSpec(1, Flavour.KMDF_PASSIVE, List.of(0))));
        var c = new Case(0, board, List.of(new Step.Drive(MS, 0, true), new Step.Drive(2 * MS, 0, false),
                new Step.Power(3 * MS, 1, false), new Step.Drive(4 * MS, 0, true)));
        assertThat(claimed(c, 0, 0)).containsExactly(0, 1, 0, 0, 1);
        assertThat(claimed(c, 1, 0)).as("in D3 from step 3: the edge of step 4 is not its").containsExactly(0, 1, 0, 0, 0);
        agrees(c);
    }

    @Test
    void emulatedActiveBothReportsTheAssertedLowStateWhenEnabledThenEveryTransition() {
        var board = new BoardSpec(List.of(PLAIN), List.of(pin(7, InterruptMode.EDGE, Polarity.ACTIVE_BOTH, 0, false)),
                List.of(new DeviceSpec(0, Flavour.UMDF, List.of(0))));
        var c = new Case(0, board, List.of(new Step.Drive(MS, 0, true), new Step.Drive(2 * MS, 0, false)));
        assertThat(claimed(c, 0, 0)).containsExactly(1, 1, 1);
        agrees(c);
        var nativeBoth = new BoardSpec(List.of(new ControllerSpec(0, false, false, "edge-level")), board.nets(), board.devices());
        var d = new Case(0, nativeBoth, c.steps());
        assertThat(claimed(d, 0, 0)).as("native both-edges detection reports transitions only").containsExactly(0, 1, 1);
        agrees(d);
    }

    @Test
    void aDebouncedGlitchIsDroppedAndALastingChangeDelivered() {
        var board = new BoardSpec(List.of(new ControllerSpec(0, true, true, "edge-level")),
                List.of(pin(9, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, 20, false)),
                List.of(new DeviceSpec(0, Flavour.KMDF_DIRQL, List.of(0))));
        var c = new Case(0, board, List.of(new Step.Glitch(MS, 0, true, 50_000), new Step.Drive(2 * MS, 0, true)));
        assertThat(claimed(c, 0, 0)).as("a 50 us pulse under a 200 us debounce, then a lasting rise").containsExactly(0, 0, 1);
        agrees(c);
    }

    @Test
    void aSharedLevelCallsDirqlSharersFirstThenPassiveOnesUntilTheOwnerClaims() {
        var board = new BoardSpec(List.of(PLAIN), List.of(pin(4, InterruptMode.LEVEL, Polarity.ACTIVE_LOW, 0, true)),
                List.of(new DeviceSpec(0, Flavour.KMDF_PASSIVE, List.of(0)), new DeviceSpec(1, Flavour.KMDF_DIRQL, List.of(0)),
                        new DeviceSpec(2, Flavour.KMDF_PASSIVE, List.of(0))));
        var c = new Case(0, board, List.of(new Step.Raise(MS, 2, 0, 2)));
        Expectation e = ReferenceModel.expect(c);
        assertThat(e.of(1, 0)[1]).as("the DIRQL sharer looks first, twice, and declines").containsExactly(0, 2);
        assertThat(e.of(0, 0)[1]).as("the first passive sharer declines").containsExactly(0, 2);
        assertThat(e.of(2, 0)[0]).as("the owner claims each request").containsExactly(0, 2);
        agrees(c);
    }

    @Test
    void aReconnectedInterruptGoesAfterTheOthersOfItsKind() {
        var board = new BoardSpec(List.of(PLAIN), List.of(pin(4, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, 0, true)),
                List.of(new DeviceSpec(0, Flavour.KMDF_DIRQL, List.of(0)), new DeviceSpec(1, Flavour.KMDF_DIRQL, List.of(0))));
        var c = new Case(0, board, List.of(new Step.Power(MS, 0, false), new Step.Power(2 * MS, 0, true), new Step.Raise(3 * MS, 1, 0, 1)));
        assertThat(ReferenceModel.expect(c).of(0, 0)[1]).as("device 0 is now after device 1: it is not asked").containsExactly(0, 0, 0, 0);
        agrees(c);
    }

    @Test
    void anInjectedIsrFaultFailsOnlyItsDevice() {
        var board = new BoardSpec(List.of(PLAIN), List.of(pin(1, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, 0, false),
                pin(2, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, 0, false)),
                List.of(new DeviceSpec(0, Flavour.KMDF_DIRQL, List.of(0), "isr-throw 2"), new DeviceSpec(1, Flavour.KMDF_DIRQL, List.of(1))));
        var steps = List.<Step>of(new Step.Drive(MS, 0, true), new Step.Drive(2 * MS, 0, false), new Step.Drive(3 * MS, 0, true),
                new Step.Drive(4 * MS, 1, true), new Step.Drive(5 * MS, 0, false), new Step.Drive(6 * MS, 0, true));
        CaseRunner.Verdict verdict = CaseRunner.run(new Case(0, board, steps));
        assertThat(verdict.discrepancies()).isEmpty();
        assertThat(verdict.faults()).isEqualTo(1);
    }

    @Test
    void aControllerWhoseClientFailsIsFailedAndDevicesOnAnotherControllerDoNotNotice() {
        var board = new BoardSpec(List.of(PLAIN, new ControllerSpec(1, true, false, "edge-level", "query-active-fail 2")),
                List.of(pin(1, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, 0, false),
                        new Net(1, 1, -1, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, 0, false)),
                List.of(new DeviceSpec(0, Flavour.KMDF_DIRQL, List.of(0)), new DeviceSpec(1, Flavour.KMDF_PASSIVE, List.of(1))));
        var steps = List.<Step>of(new Step.Drive(MS, 1, true), new Step.Drive(2 * MS, 1, false), new Step.Drive(3 * MS, 1, true),
                new Step.Drive(4 * MS, 0, true), new Step.Power(5 * MS, 1, false), new Step.Power(6 * MS, 1, true),
                new Step.Drive(7 * MS, 0, false), new Step.Drive(8 * MS, 0, true));
        CaseRunner.Verdict verdict = CaseRunner.run(new Case(0, board, steps));
        assertThat(verdict.discrepancies()).isEmpty();
        assertThat(verdict.faults()).as("the controller's fault fired and was contained").isEqualTo(1);
    }

    @Test
    void aControllerWhoseClientHangsPastTheBoundIsFailedAndDevicesOnAnotherControllerDoNotNotice() {
        var board = new BoardSpec(List.of(PLAIN, new ControllerSpec(1, true, false, "edge-level", "query-active-stall 2 250")),
                List.of(pin(1, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, 0, false),
                        new Net(1, 1, -1, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, 0, false)),
                List.of(new DeviceSpec(0, Flavour.KMDF_DIRQL, List.of(0)), new DeviceSpec(1, Flavour.KMDF_DIRQL, List.of(1))));
        // The second query (at 3 ms) stalls 250 us; device 0's edges in the same and later buckets must still count.
        var steps = List.<Step>of(new Step.Drive(MS, 1, true), new Step.Drive(2 * MS, 1, false), new Step.Drive(3 * MS, 1, true),
                new Step.Drive(3 * MS + MS / 2, 0, true), new Step.Drive(4 * MS, 0, false), new Step.Drive(5 * MS, 0, true),
                new Step.Drive(6 * MS, 1, false), new Step.Drive(7 * MS, 1, true), new Step.Drive(8 * MS, 0, false),
                new Step.Drive(9 * MS, 0, true));
        CaseRunner.Verdict verdict = CaseRunner.run(new Case(0, board, steps));
        assertThat(verdict.discrepancies()).isEmpty();
        assertThat(verdict.faults()).as("the hang was caught and contained").isEqualTo(1);
        assertThat(verdict.hangs()).isEqualTo(1);
    }

    @Test
    void pinsOfASerialExpanderReachPassiveConsumersAsTheModelSays() {
        var board = new BoardSpec(List.of(PLAIN, ControllerSpec.expander(1)),
                List.of(new Net(1, 3, -1, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, 0, false),
                        new Net(1, 9, -1, InterruptMode.EDGE, Polarity.ACTIVE_BOTH, 0, false),
                        new Net(1, 12, -1, InterruptMode.LEVEL, Polarity.ACTIVE_LOW, 0, true)),
                List.of(new DeviceSpec(0, Flavour.KMDF_PASSIVE, List.of(0, 2)), new DeviceSpec(1, Flavour.UMDF, List.of(1)),
                        new DeviceSpec(2, Flavour.KMDF_PASSIVE, List.of(2))));
        var c = new Case(0, board, List.of(new Step.Drive(MS, 0, true), new Step.Drive(2 * MS, 1, true),
                new Step.Raise(3 * MS, 2, 0, 2), new Step.Drive(4 * MS, 0, false)));
        assertThat(claimed(c, 0, 0)).containsExactly(0, 1, 0, 0, 0);
        assertThat(claimed(c, 1, 0)).as("emulated ActiveBoth on the expander: low at connect, then the rise").containsExactly(1, 0, 1, 0, 0);
        assertThat(ReferenceModel.expect(c).of(0, 1)[1]).as("the first sharer declines each request").containsExactly(0, 0, 0, 2, 0);
        agrees(c);
    }

    @Test
    void aSurpriseRemovedSharerLeavesTheOthersTheirRequests() {
        var board = new BoardSpec(List.of(PLAIN), List.of(pin(6, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, 0, true),
                pin(7, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, 0, true)),
                List.of(new DeviceSpec(0, Flavour.KMDF_DIRQL, List.of(0, 1)), new DeviceSpec(1, Flavour.KMDF_PASSIVE, List.of(0, 1))));
        var c = new Case(0, board, List.of(new Step.Raise(MS, 1, 0, 1), new Step.Remove(2 * MS, 0, true),
                new Step.Raise(3 * MS, 1, 0, 2), new Step.Drive(4 * MS, 1, true)));
        Expectation e = ReferenceModel.expect(c);
        assertThat(e.of(0, 0)[1]).as("asked once before it was pulled out").containsExactly(0, 1, 0, 0, 0);
        assertThat(e.of(1, 0)[0]).containsExactly(0, 1, 0, 2, 0);
        assertThat(e.of(1, 1)[0]).containsExactly(0, 0, 0, 0, 1);
        agrees(c);
    }
}
