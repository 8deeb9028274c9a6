package dev.gpioint.pnp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.kernel.ExecutionContext;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.VerifierException;
import dev.gpioint.kernel.VerifierRule;
import dev.gpioint.resource.ShareDisposition;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;
import dev.gpioint.wdf.WdfInterruptInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The execution model as a driver sees it: the IRQL and processor of ISRs, DPCs, work items and passive ISRs,
 * the framework calls' IRQL rules, locks and getInfo. Lines 50 and 51 are primary lines on a 2-processor
 * machine; the HAL spreads them round-robin, so they target different processors.
 */
class InterruptExecutionTest {
    private static final String ID = "TEST0001";

    private final Machine machine = Machine.deterministic(2);
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    private static Firmware firmware() {
        return BoardBuilder.named("exec")
                .device("\\_SB.DEV0", d -> d.hid(ID)
                        .interrupt(50, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)
                        .interrupt(51, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .build();
    }

    /** Boots one device whose prepare-hardware creates one interrupt per config, bound to descriptor i. */
    private PnpManager boot(List<WdfInterruptConfig> configs) {
        var driver = new TraceDriver("t", ID);
        driver.onPrepare = (d, raw, tr) -> {
            for (int i = 0; i < configs.size(); i++) {
                d.createInterrupt(configs.get(i).interruptRaw(raw.get(i)).interruptTranslated(tr.get(i)));
            }
        };
        var pnp = new PnpManager(machine, firmware(), DriverCatalog.of(driver));
        pnp.startAll();
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STARTED);
        return pnp;
    }

    private void fire(long gsiv) {
        machine.interrupts().line(gsiv).pulse();
        machine.runUntilIdle();
    }

    private String where() {
        return Irql.name(Irql.current()) + "@" + ExecutionContext.currentProcessor();
    }

    private static WdfInterruptInfo info(PnpManager pnp, int index) {
        return pnp.device("\\_SB.DEV0").interrupts().get(index).getInfo();
    }

    @Test
    void isrRunsAtTheTranslatedDirqlAndItsDpcAtDispatchOnTheSameProcessor() {
        var pnp = boot(List.of(
                WdfInterruptConfig.init((i, id) -> seen.add("isr0 " + where()) && i.queueDpcForIsr(), i -> seen.add("dpc0 " + where())),
                WdfInterruptConfig.init((i, id) -> seen.add("isr1 " + where()) && i.queueDpcForIsr(), i -> seen.add("dpc1 " + where()))));
        var translated = pnp.device("\\_SB.DEV0").resources().translated();
        int level0 = translated.get(0).asInterrupt().level();
        int level1 = translated.get(1).asInterrupt().level();
        assertThat(Irql.isDirql(level0)).isTrue();
        fire(50);
        fire(51);
        int cpu0 = Integer.parseInt(seen.get(0).substring(seen.get(0).indexOf('@') + 1));
        int cpu1 = Integer.parseInt(seen.get(2).substring(seen.get(2).indexOf('@') + 1));
        assertThat(cpu0).isNotEqualTo(cpu1); // two lines, two processors
        assertThat(seen).containsExactly(
                "isr0 " + Irql.name(level0) + "@" + cpu0, "dpc0 DISPATCH_LEVEL@" + cpu0,
                "isr1 " + Irql.name(level1) + "@" + cpu1, "dpc1 DISPATCH_LEVEL@" + cpu1);
    }

    @Test
    void aDpcRunsAfterEveryPendingIsrOfItsProcessor() {
        var pnp = boot(List.of(
                WdfInterruptConfig.init((i, id) -> seen.add("isr") && i.queueDpcForIsr(), i -> seen.add("dpc"))));
        // Two requests pending before the processor runs: the second merges (one vector bit), so one ISR, one DPC.
        machine.interrupts().line(50).pulse();
        machine.interrupts().line(50).pulse();
        machine.runUntilIdle();
        assertThat(seen).containsExactly("isr", "dpc");
    }

    @Test
    void queueDpcForIsrIsTrueWhenQueuedAndFalseWhenAlreadyQueued() {
        var results = new ArrayList<Boolean>();
        var dpcs = new int[1];
        boot(List.of(WdfInterruptConfig.init((i, id) -> {
            results.add(i.queueDpcForIsr());
            results.add(i.queueDpcForIsr());
            return true;
        }, i -> dpcs[0]++)));
        fire(50);
        fire(50);
        assertThat(results).containsExactly(true, false, true, false);
        assertThat(dpcs[0]).isEqualTo(2);
    }

    @Test
    void queueWorkItemForIsrFromDirqlGoesThroughADpcAndRunsAtPassive() {
        var results = new ArrayList<Boolean>();
        boot(List.of(WdfInterruptConfig.init((i, id) -> {
            results.add(i.queueWorkItemForIsr());
            results.add(i.queueWorkItemForIsr());
            return true;
        }, null).workItem(i -> seen.add("work " + where()))));
        fire(50);
        assertThat(results).containsExactly(true, false);
        assertThat(seen).containsExactly("work PASSIVE_LEVEL@-1");
    }

    @Test
    void queueWorkItemForIsrFromPassiveQueuesTheWorkItemDirectly() {
        var pnp = boot(List.of(WdfInterruptConfig.init((i, id) -> true, null).workItem(i -> seen.add("work " + where()))));
        WdfInterrupt interrupt = pnp.device("\\_SB.DEV0").interrupts().get(0);
        assertThat(interrupt.queueWorkItemForIsr()).isTrue();
        assertThat(interrupt.queueWorkItemForIsr()).isFalse();
        machine.runUntilIdle();
        assertThat(seen).containsExactly("work PASSIVE_LEVEL@-1");
    }

    @Test
    void aPassiveIsrRunsAtPassiveOnAWorker() {
        var pnp = boot(List.of(WdfInterruptConfig.init((i, id) -> seen.add("isr " + where()) && i.queueWorkItemForIsr(), null)
                .passiveHandling(true).workItem(i -> seen.add("work " + where()))));
        fire(50);
        assertThat(seen).containsExactly("isr PASSIVE_LEVEL@-1", "work PASSIVE_LEVEL@-1");
        assertThat(info(pnp, 0).irql()).isEqualTo(Irql.PASSIVE);
        assertThat(info(pnp, 0).synchronizeIrql()).isEqualTo(Irql.PASSIVE);
    }

    @Test
    void getInfoReportsTheTranslatedResource() {
        var pnp = boot(List.of(WdfInterruptConfig.init((i, id) -> true, null)));
        var translated = pnp.device("\\_SB.DEV0").resources().translated().get(0);
        WdfInterruptInfo info = info(pnp, 0);
        assertThat(info.vector()).isEqualTo(translated.asInterrupt().vector());
        assertThat(info.irql()).isEqualTo(translated.asInterrupt().level());
        assertThat(info.synchronizeIrql()).isEqualTo(info.irql());
        assertThat(info.mode()).isEqualTo(InterruptMode.EDGE);
        assertThat(info.shareDisposition()).isEqualTo(ShareDisposition.DEVICE_EXCLUSIVE);
        assertThat(info.targetProcessorSet()).isEqualTo(translated.asInterrupt().affinity()).isEqualTo(1L << 0);
        assertThat(info.messageSignaled()).isFalse();
        assertThat(info.polarity()).isEqualTo("Unknown"); // KMDF never fills it
    }

    @Test
    void enableFromADpcIsAVerifierErrorNamingRuleAndCall() {
        var thrown = new AtomicReference<Throwable>();
        boot(List.of(WdfInterruptConfig.init((i, id) -> i.queueDpcForIsr(), i -> thrown.set(catchThrowable(i::enable)))));
        fire(50);
        assertThat(thrown.get()).isInstanceOfSatisfying(VerifierException.class, v -> {
            assertThat(v.rule()).isEqualTo(VerifierRule.IRQL_MISMATCH);
            assertThat(v.call()).isEqualTo("WdfInterruptEnable");
            assertThat(v).hasMessageContaining("DISPATCH_LEVEL").hasMessageContaining("PASSIVE_LEVEL");
        });
    }

    @Test
    void disableFromAnIsrAndSynchronizeFromAnIsrAreVerifierErrors() {
        var disable = new AtomicReference<Throwable>();
        var synchronize = new AtomicReference<Throwable>();
        var getInfo = new AtomicReference<Throwable>();
        boot(List.of(WdfInterruptConfig.init((i, id) -> {
            disable.set(catchThrowable(i::disable));
            synchronize.set(catchThrowable(() -> i.synchronize(x -> true)));
            getInfo.set(catchThrowable(i::getInfo));
            return true;
        }, null)));
        fire(50);
        assertThat(disable.get()).isInstanceOfSatisfying(VerifierException.class,
                v -> assertThat(v.call()).isEqualTo("WdfInterruptDisable"));
        assertThat(synchronize.get()).isInstanceOfSatisfying(VerifierException.class, v -> {
            assertThat(v.rule()).isEqualTo(VerifierRule.IRQL_TOO_HIGH);
            assertThat(v.call()).isEqualTo("WdfInterruptSynchronize");
        });
        assertThat(getInfo.get()).isInstanceOfSatisfying(VerifierException.class,
                v -> assertThat(v.call()).isEqualTo("WdfInterruptGetInfo"));
    }

    @Test
    void acquireLockRaisesToTheSynchronizeIrqlAndReleaseRestores() {
        var pnp = boot(List.of(WdfInterruptConfig.init((i, id) -> true, null)));
        WdfInterrupt interrupt = pnp.device("\\_SB.DEV0").interrupts().get(0);
        int synchronizeIrql = info(pnp, 0).synchronizeIrql();
        interrupt.acquireLock();
        try {
            assertThat(Irql.current()).isEqualTo(synchronizeIrql);
        } finally {
            interrupt.releaseLock();
        }
        assertThat(Irql.current()).isEqualTo(Irql.PASSIVE);
    }

    @Test
    void theIsrHoldsTheInterruptLockSoAcquiringItInsideIsALockMisuse() {
        var thrown = new AtomicReference<Throwable>();
        boot(List.of(WdfInterruptConfig.init((i, id) -> {
            thrown.set(catchThrowable(i::acquireLock));
            return true;
        }, null)));
        fire(50);
        assertThat(thrown.get()).isInstanceOfSatisfying(VerifierException.class,
                v -> assertThat(v.rule()).isEqualTo(VerifierRule.LOCK_MISUSE));
    }

    @Test
    void acquireLockOnADisconnectedDirqlInterruptIsAVerifierError() {
        var pnp = boot(List.of(WdfInterruptConfig.init((i, id) -> true, null)));
        WdfInterrupt interrupt = pnp.device("\\_SB.DEV0").interrupts().get(0);
        interrupt.disable();
        assertThat(interrupt.isConnected()).isFalse();
        assertThat(catchThrowable(interrupt::acquireLock)).isInstanceOfSatisfying(VerifierException.class, v -> {
            assertThat(v.rule()).isEqualTo(VerifierRule.INTERRUPT_NOT_CONNECTED);
            assertThat(v.call()).isEqualTo("WdfInterruptAcquireLock");
        });
    }

    @Test
    void synchronizeRunsTheCallbackWithTheLockAtTheSynchronizeIrql() {
        var pnp = boot(List.of(WdfInterruptConfig.init((i, id) -> true, null)));
        WdfInterrupt interrupt = pnp.device("\\_SB.DEV0").interrupts().get(0);
        var irql = new int[1];
        assertThat(interrupt.synchronize(i -> {
            irql[0] = Irql.current();
            return true;
        })).isTrue();
        assertThat(interrupt.synchronize(i -> false)).isFalse();
        assertThat(irql[0]).isEqualTo(info(pnp, 0).synchronizeIrql());
        assertThat(Irql.current()).isEqualTo(Irql.PASSIVE);
    }

    @Test
    void tryToAcquireLockIsForPassiveInterruptsOnly() {
        var pnp = boot(List.of(WdfInterruptConfig.init((i, id) -> true, null)));
        assertThat(catchThrowable(pnp.device("\\_SB.DEV0").interrupts().get(0)::tryToAcquireLock))
                .isInstanceOfSatisfying(VerifierException.class, v -> {
                    assertThat(v.rule()).isEqualTo(VerifierRule.PASSIVE_INTERRUPT_ONLY);
                    assertThat(v.call()).isEqualTo("WdfInterruptTryToAcquireLock");
                });
    }

    @Test
    void tryToAcquireLockFailsWhileAnotherThreadHoldsThePassiveLock() throws Exception {
        var pnp = boot(List.of(WdfInterruptConfig.init((i, id) -> true, null).passiveHandling(true)));
        WdfInterrupt interrupt = pnp.device("\\_SB.DEV0").interrupts().get(0);
        assertThat(interrupt.tryToAcquireLock()).isTrue();
        try {
            assertThat(CompletableFuture.supplyAsync(interrupt::tryToAcquireLock).get()).isFalse();
        } finally {
            interrupt.releaseLock();
        }
        assertThat(CompletableFuture.supplyAsync(() -> {
            boolean got = interrupt.tryToAcquireLock();
            if (got) {
                interrupt.releaseLock();
            }
            return got;
        }).get()).isTrue();
    }

    @Test
    void thePassiveLockIsTakenAtPassiveOnly() {
        var thrown = new AtomicReference<Throwable>();
        var pnp = boot(List.of(WdfInterruptConfig.init((i, id) -> true, null).passiveHandling(true),
                WdfInterruptConfig.init((i, id) -> i.queueDpcForIsr(), null)));
        WdfInterrupt passive = pnp.device("\\_SB.DEV0").interrupts().get(0);
        Consumer<WdfInterrupt> inDpc = i -> thrown.set(catchThrowable(passive::acquireLock));
        // Raise to DISPATCH as a DPC would, and try the passive interrupt's lock.
        int old = Irql.raise(Irql.DISPATCH);
        try {
            inDpc.accept(passive);
        } finally {
            Irql.lower(old);
        }
        assertThat(thrown.get()).isInstanceOfSatisfying(VerifierException.class, v -> {
            assertThat(v.rule()).isEqualTo(VerifierRule.IRQL_MISMATCH);
            assertThat(v.call()).isEqualTo("WdfInterruptAcquireLock");
        });
        passive.acquireLock();
        try {
            // A wait lock is not recursive: taking it again on the same thread would deadlock on Windows.
            assertThat(catchThrowable(passive::acquireLock)).isInstanceOfSatisfying(VerifierException.class,
                    v -> assertThat(v.rule()).isEqualTo(VerifierRule.LOCK_MISUSE));
            assertThat(passive.tryToAcquireLock()).isFalse();
        } finally {
            passive.releaseLock();
        }
        assertThat(catchThrowable(passive::releaseLock)).isInstanceOfSatisfying(VerifierException.class,
                v -> assertThat(v.rule()).isEqualTo(VerifierRule.LOCK_MISUSE));
    }

    @Test
    void disableThenEnableReconnects() {
        var count = new int[1];
        var pnp = boot(List.of(WdfInterruptConfig.init((i, id) -> ++count[0] > 0, null)));
        WdfInterrupt interrupt = pnp.device("\\_SB.DEV0").interrupts().get(0);
        interrupt.disable();
        fire(50);
        assertThat(count[0]).isZero();
        interrupt.enable();
        fire(50);
        assertThat(count[0]).isEqualTo(1);
    }

    @Test
    void interruptsSharingASpinLockSynchronizeAtTheHighestOfTheirDirqls() {
        var lock = new AtomicReference<dev.gpioint.wdf.WdfSpinLock>();
        var driver = new TraceDriver("t", ID);
        driver.onPrepare = (d, raw, tr) -> {
            lock.set(d.createSpinLock());
            for (int i = 0; i < 2; i++) {
                d.createInterrupt(WdfInterruptConfig.init((x, id) -> true, null).spinLock(lock.get())
                        .interruptRaw(raw.get(i)).interruptTranslated(tr.get(i)));
            }
        };
        var pnp = new PnpManager(machine, firmware(), DriverCatalog.of(driver));
        pnp.startAll();
        int highest = Math.max(info(pnp, 0).irql(), info(pnp, 1).irql());
        assertThat(info(pnp, 0).synchronizeIrql()).isEqualTo(highest);
        assertThat(info(pnp, 1).synchronizeIrql()).isEqualTo(highest);
    }
}
