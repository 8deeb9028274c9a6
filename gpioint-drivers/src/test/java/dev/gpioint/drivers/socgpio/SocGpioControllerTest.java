package dev.gpioint.drivers.socgpio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.drivers.generic.ProbeDriver;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.PullConfiguration;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.board.SimBoard;
import dev.gpioint.sim.board.SocGpioHardware;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real controller shapes through the class extension: a Qualcomm TLMM with three Interrupt() resources has three
 * banks of 64 pins, bank i on the i-th line (two banks sharing one GSIV, wired OR); a PMIC GPIO block without a
 * Memory resource is reached through its bus window at PASSIVE, and one with two Interrupt() resources binds its 64
 * banks to them in two contiguous ranges; edges, levels and native ActiveBoth reach the probe
 * driver's ISRs, and the interrupt path allocates nothing.
 */
class SocGpioControllerTest {
    private record Booted(Machine machine, SimBoard hardware, PnpManager pnp) {
    }

    /** Counts its ISR runs and nothing else: the interrupt path without any driver work that allocates (logging). */
    static final class CountingDriver implements dev.gpioint.wdf.KmdfDriver {
        long isrs;

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public List<String> hardwareIds() {
            return List.of("ABCD0002");
        }

        @Override
        public dev.gpioint.wdf.KmdfDeviceCallbacks deviceAdd(dev.gpioint.wdf.WdfDevice device) {
            return new dev.gpioint.wdf.KmdfDeviceCallbacks() {
                @Override
                public void prepareHardware(dev.gpioint.wdf.WdfDevice wdfDevice, dev.gpioint.resource.ResourceList raw,
                                            dev.gpioint.resource.ResourceList translated) {
                    wdfDevice.createInterrupt(dev.gpioint.wdf.WdfInterruptConfig.init((interrupt, messageId) -> ++isrs > 0, null)
                            .interruptRaw(raw.get(0)).interruptTranslated(translated.get(0)));
                }
            };
        }
    }

    private static final CountingDriver COUNTING = new CountingDriver();

    private static Booted boot() {
        Firmware firmware = BoardBuilder.named("soc")
                .device("\\_SB.GIO0", d -> d.hid("QCOM0C0C").memory32Fixed(0x0F10_0000L, 0x30_0000L)
                        .interrupt(240, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, Sharing.SHARED, false)
                        .interrupt(240, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, Sharing.SHARED, false)
                        .interrupt(241, InterruptMode.LEVEL, Polarity.ACTIVE_LOW, Sharing.EXCLUSIVE, false))
                .device("\\_SB.PM01", d -> d.hid("QCOM0C2D").interrupt(513, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.DEV0", d -> d.hid("ABCD0001")
                        .gpioInt("\\_SB.GIO0", 3, InterruptMode.EDGE, Polarity.ACTIVE_LOW)
                        .gpioInt("\\_SB.GIO0", 70, InterruptMode.EDGE, Polarity.ACTIVE_BOTH)
                        .gpioInt("\\_SB.GIO0", 130, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)
                        .gpioInt("\\_SB.PM01", 600, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .device("\\_SB.DEV1", d -> d.hid("ABCD0002").gpioInt("\\_SB.GIO0", 131, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .build();
        return boot(firmware);
    }

    private static Booted boot(Firmware firmware) {
        Machine machine = Machine.create(MachineOptions.deterministic(1));
        SimBoard hardware = SimBoard.build(machine, firmware);
        var pnp = new PnpManager(machine, hardware.driverView(firmware),
                DriverCatalog.of(new SocGpioDriver(), new ProbeDriver(List.of("ABCD0001")), COUNTING));
        pnp.startAll();
        machine.runUntilIdle();
        return new Booted(machine, hardware, pnp);
    }

    private static SocGpioHardware controller(Booted board, String path) {
        return (SocGpioHardware) board.hardware().device(dev.gpioint.firmware.NamePath.of(path)).orElseThrow();
    }

    @Test
    void theTlmmHasABankOf64PinsPerInterruptAndThePmicIsPassive() {
        Booted board = boot();
        assertThat(board.pnp().device("\\_SB.GIO0").state()).isEqualTo(DeviceState.STARTED);
        assertThat(board.pnp().device("\\_SB.PM01").state()).isEqualTo(DeviceState.STARTED);
        assertThat(board.pnp().device("\\_SB.DEV0").state()).as(board.pnp().device("\\_SB.DEV0").failureReason().toString())
                .isEqualTo(DeviceState.STARTED);
        var tlmm = board.pnp().gpioController(dev.gpioint.firmware.NamePath.of("\\_SB.GIO0")).orElseThrow().information();
        assertThat(tlmm.totalPins()).isEqualTo(192);
        assertThat(tlmm.pinsPerBank()).isEqualTo(64);
        assertThat(tlmm.attributes().memoryMapped()).isTrue();
        assertThat(tlmm.attributes().emulateActiveBoth()).as("the TLMM detects both edges itself").isFalse();
        var pmic = board.pnp().gpioController(dev.gpioint.firmware.NamePath.of("\\_SB.PM01")).orElseThrow().information();
        assertThat(pmic.totalPins()).isEqualTo(4096);
        assertThat(pmic.attributes().memoryMapped()).isFalse();
        // Its registers are in a bus window the firmware does not describe, given to the driver as an extra resource.
        assertThat(controller(board, "\\_SB.PM01").window()).isPresent();
        assertThat(board.pnp().device("\\_SB.PM01").resources().translated().size()).isEqualTo(2);
    }

    @Test
    void edgesLevelsAndBothEdgesReachTheIsrsOnEveryBankAndController() {
        Booted board = boot();
        var tlmm = controller(board, "\\_SB.GIO0").controller();
        var pmic = controller(board, "\\_SB.PM01").controller();
        // The probe connected pins 3, 70, 130 of the TLMM and 600 of the PMIC; the falling edge on pin 3 (ActiveLow).
        tlmm.setInput(3, true);
        tlmm.setInput(3, false);
        board.machine().runUntilIdle();
        tlmm.setInput(70, true);   // bank 1: ActiveBoth, both edges count
        board.machine().runUntilIdle();
        tlmm.setInput(70, false);
        board.machine().runUntilIdle();
        tlmm.setInput(130, true);  // bank 2, on the ActiveLow line GSIV 241
        board.machine().runUntilIdle();
        pmic.setInput(600, true);
        board.machine().runUntilIdle();

        var probe = board.pnp().device("\\_SB.DEV0").driverObject().orElseThrow();
        assertThat(probe).isInstanceOf(dev.gpioint.wdf.KmdfDeviceCallbacks.class);
        var counts = board.machine().log().events().stream().map(e -> e.render()).filter(r -> r.contains("\\_SB.DEV0")).toList();
        assertThat(counts).anyMatch(r -> r.contains("interrupt 0 (resource #1"))
                .anyMatch(r -> r.contains("interrupt 1 (resource #2"))
                .anyMatch(r -> r.contains("interrupt 2 (resource #3"))
                .anyMatch(r -> r.contains("interrupt 3 (resource #4"));
        assertThat(board.pnp().device("\\_SB.GIO0").state()).isEqualTo(DeviceState.STARTED);
        assertThat(board.machine().interrupts().line(241).stormDetected()).isFalse();
    }

    /**
     * A Snapdragon X PMIC's firmware lists two Interrupt() resources for its 64 banks: the client binds banks 0-31 to
     * the first and 32-63 to the second (gpioint's inferred wiring), and each pin's edge arrives on its bank's line.
     */
    @Test
    void aPmicWithTwoInterruptsForItsBanksBindsThemInContiguousRanges() {
        Booted board = boot(BoardBuilder.named("pmic")
                .device("\\_SB.PM01", d -> d.hid("QCOM0C2D")
                        .interrupt(513, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, Sharing.SHARED, false)
                        .interrupt(515, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, Sharing.SHARED, false))
                .device("\\_SB.DEV0", d -> d.hid("ABCD0001")
                        .gpioInt("\\_SB.PM01", 7, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)
                        .gpioInt("\\_SB.PM01", 2047, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)
                        .gpioInt("\\_SB.PM01", 2048, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .build());
        assertThat(board.pnp().device("\\_SB.PM01").state()).as(board.pnp().device("\\_SB.PM01").failureReason().toString())
                .isEqualTo(DeviceState.STARTED);
        assertThat(board.pnp().device("\\_SB.PM01").interrupts()).hasSize(2);
        assertThat(board.pnp().device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STARTED);
        var pmic = controller(board, "\\_SB.PM01").controller();
        var first = board.machine().interrupts().line(513);
        var second = board.machine().interrupts().line(515);

        pmic.setInput(7, true);     // bank 0
        board.machine().runUntilIdle();
        pmic.setInput(2047, true);  // bank 31, the last of the first range
        board.machine().runUntilIdle();
        assertThat(first.requestCount()).isEqualTo(2);
        assertThat(second.requestCount()).isZero();
        pmic.setInput(2048, true);  // bank 32, the first of the second range
        board.machine().runUntilIdle();
        assertThat(first.requestCount()).isEqualTo(2);
        assertThat(second.requestCount()).isEqualTo(1);
        var fired = board.machine().log().events().stream().map(e -> e.render()).filter(r -> r.contains("\\_SB.DEV0")).toList();
        assertThat(fired).anyMatch(r -> r.contains("interrupt 0 (resource #1"))
                .anyMatch(r -> r.contains("interrupt 1 (resource #2"))
                .anyMatch(r -> r.contains("interrupt 2 (resource #3"));
    }

    private static java.util.function.LongSupplier allocatedBytes() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            var method = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
            return () -> {
                try {
                    return (long) method.invoke(bean);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the JDK's thread allocation counter is not reachable", e);
        }
    }

    @Test
    void theInterruptPathAllocatesNothing() {
        Booted board = boot();
        var tlmm = controller(board, "\\_SB.GIO0").controller();
        // Through reflection: this module does not read java.management, and core reflection needs no readability.
        java.util.function.LongSupplier allocated = allocatedBytes();
        long counted = COUNTING.isrs;
        for (int i = 0; i < 20_000; i++) { // warm up: JIT
            tlmm.setInput(131, true);
            tlmm.setInput(131, false);
            board.machine().runUntilIdle();
        }
        long before = allocated.getAsLong();
        for (int i = 0; i < 10_000; i++) {
            tlmm.setInput(131, true);
            tlmm.setInput(131, false);
            board.machine().runUntilIdle();
        }
        long perInterrupt = (allocated.getAsLong() - before) / 10_000;
        assertThat(COUNTING.isrs - counted).isEqualTo(30_000);
        assertThat(perInterrupt).as("bytes allocated per interrupt (pin edge -> bank ISR -> class extension -> soc-gpio client "
                + "-> the driver's DIRQL ISR)").isLessThan(8);
    }
}
