package dev.gpioint.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.kernel.Machine;
import dev.gpioint.pnp.DeviceNode;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The class extension's bank interrupt binding ({@code QueryBankInterruptBindingInformation}): a client's answer
 * replaces the extension's own rule, one interrupt object serves exactly the banks bound to its resource, an
 * interrupt resource bound to no bank is left alone, a bank bound to none refuses interrupt connections, and a
 * binding that does not index an interrupt resource fails the controller. On a deterministic machine, in virtual
 * time, with {@link BankedTestController} (4 banks of 32 pins) whose first resource is its Memory range.
 */
class BankInterruptBindingTest {
    private static final String GPIO = "\\_SB.GPO0";
    private static final int R = BankInterruptBinding.RESERVED_INDEX;

    private final Machine machine = Machine.deterministic(2);
    private final CountingDriver consumers = new CountingDriver();
    private BankedTestController hardware;
    private PnpManager pnp;

    /** Counts, per consumer device, each of its interrupts' ISR runs (DIRQL, claims every interrupt). */
    private static final class CountingDriver implements KmdfDriver {
        final Map<NamePath, long[]> isrs = new HashMap<>();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public List<String> hardwareIds() {
            return List.of("CNSM0001");
        }

        @Override
        public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
            return new KmdfDeviceCallbacks() {
                @Override
                public void prepareHardware(WdfDevice wdfDevice, ResourceList raw, ResourceList translated) {
                    long[] counts = new long[translated.size()];
                    isrs.put(wdfDevice.path(), counts);
                    for (int i = 0; i < translated.size(); i++) {
                        int index = i;
                        wdfDevice.createInterrupt(WdfInterruptConfig.init((interrupt, messageId) -> ++counts[index] > 0, null)
                                .interruptRaw(raw.get(i)).interruptTranslated(translated.get(i)));
                    }
                }
            };
        }
    }

    /**
     * Boots the controller, whose resources are its Memory range (index 0) then one Interrupt() per GSIV of
     * {@code interrupts} (indexes 1, 2, ...), with banks wired to {@code bankGsivs}, a client answering
     * {@code binding}, and the consumer devices {@code devices} adds.
     */
    private void boot(List<Long> interrupts, List<Long> bankGsivs, Optional<BankInterruptBinding> binding, Consumer<BoardBuilder> devices) {
        boot(interrupts, List.of(), bankGsivs, binding, devices);
    }

    /** As above, the Interrupt() resources whose GSIVs are in {@code wakeGsivs} being SharedAndWake/ExclusiveAndWake. */
    private void boot(List<Long> interrupts, List<Long> wakeGsivs, List<Long> bankGsivs, Optional<BankInterruptBinding> binding,
                      Consumer<BoardBuilder> devices) {
        var board = BoardBuilder.named("binding").device(GPIO, d -> {
            d.hid("BANK0001").memory32Fixed(0xFED0_0000L, 0x100);
            for (long gsiv : interrupts) {
                d.interrupt(gsiv, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, Sharing.EXCLUSIVE, wakeGsivs.contains(gsiv));
            }
        });
        devices.accept(board);
        Firmware firmware = board.build();
        hardware = new BankedTestController(machine, bankGsivs, binding);
        var client = new GpioClientDriver() {
            @Override
            public GpioControllerClient newClient() {
                return hardware;
            }

            @Override
            public String name() {
                return "banked";
            }

            @Override
            public List<String> hardwareIds() {
                return List.of("BANK0001");
            }
        };
        pnp = new PnpManager(machine, firmware, DriverCatalog.of(client, consumers));
        pnp.startAll();
        machine.runUntilIdle();
    }

    /** A consumer device with an Edge ActiveHigh GpioInt on each of {@code pins}. */
    private static Consumer<BoardBuilder> consumer(String path, int... pins) {
        return b -> b.device(path, d -> {
            d.hid("CNSM0001");
            for (int pin : pins) {
                d.gpioInt(GPIO, pin, InterruptMode.EDGE, Polarity.ACTIVE_HIGH);
            }
        });
    }

    private void edge(int pin) {
        hardware.setInput(pin, true);
        machine.runUntilIdle();
        hardware.setInput(pin, false);
        machine.runUntilIdle();
    }

    private long[] isrs(String path) {
        return consumers.isrs.get(NamePath.of(path));
    }

    private DeviceNode controllerNode() {
        return pnp.device(GPIO);
    }

    /** The translated vectors of the controller's interrupt objects, in creation order. */
    private List<Long> interruptVectors() {
        return controllerNode().interrupts().stream().map(i -> i.getInfo().vector()).toList();
    }

    private long translatedVector(int resourceIndex) {
        return controllerNode().resources().translated().get(resourceIndex).asInterrupt().vector();
    }

    @Test
    void oneInterruptResourceServesExactlyTheBanksBoundToIt() {
        // Banks 0 and 1 on GSIV 40 (resource 1), banks 2 and 3 on GSIV 41 (resource 2).
        boot(List.of(40L, 41L), List.of(40L, 40L, 41L, 41L), Optional.of(BankInterruptBinding.of(1, 1, 2, 2)),
                consumer("\\_SB.DEV0", 5, 40, 70, 100));
        assertThat(controllerNode().state()).as(controllerNode().failureReason().toString()).isEqualTo(DeviceState.STARTED);
        assertThat(hardware.askedTotalBanks).containsExactly(4);
        assertThat(interruptVectors()).as("one object per bound resource, in resource order")
                .containsExactly(translatedVector(1), translatedVector(2));
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STARTED);
        for (int pin : new int[] {5, 40, 70, 100}) {
            edge(pin);
        }
        assertThat(isrs("\\_SB.DEV0")).containsExactly(1, 1, 1, 1);
        // Both banks of one resource at once: one request of the shared line, whose ISR finds both pins.
        hardware.setInput(5, true);
        hardware.setInput(40, true);
        machine.runUntilIdle();
        assertThat(isrs("\\_SB.DEV0")).containsExactly(2, 2, 1, 1);
        assertThat(machine.interrupts().line(40).requestCount()).isEqualTo(3);
    }

    @Test
    void aBindingTheClientAnswersReplacesTheExtensionsOwnRule() {
        // Four interrupt resources for four banks: the extension's rule would give one object per bank, but the
        // client says the hardware drives every bank on the last one.
        boot(List.of(40L, 41L, 42L, 43L), List.of(43L, 43L, 43L, 43L), Optional.of(BankInterruptBinding.of(4, 4, 4, 4)),
                consumer("\\_SB.DEV0", 0, 33, 66, 99));
        assertThat(controllerNode().state()).isEqualTo(DeviceState.STARTED);
        assertThat(interruptVectors()).containsExactly(translatedVector(4));
        for (long gsiv = 40; gsiv < 43; gsiv++) {
            assertThat(machine.interrupts().line(gsiv).isMasked()).as("GSIV " + gsiv + " serves no bank: never connected").isTrue();
        }
        for (int pin : new int[] {0, 33, 66, 99}) {
            edge(pin);
        }
        assertThat(isrs("\\_SB.DEV0")).containsExactly(1, 1, 1, 1);
    }

    @Test
    void withoutAnAnswerTheExtensionsRuleIsUnchanged() {
        boot(List.of(40L, 41L, 42L, 43L), List.of(40L, 41L, 42L, 43L), Optional.empty(), consumer("\\_SB.DEV0", 0, 33, 66, 99));
        assertThat(controllerNode().state()).isEqualTo(DeviceState.STARTED);
        assertThat(interruptVectors()).containsExactly(translatedVector(1), translatedVector(2), translatedVector(3), translatedVector(4));
        for (int pin : new int[] {0, 33, 66, 99}) {
            edge(pin);
        }
        assertThat(isrs("\\_SB.DEV0")).containsExactly(1, 1, 1, 1);
    }

    @Test
    void withoutAnAnswerSeveralInterruptsForMoreBanksFailTheController() {
        boot(List.of(40L, 41L), List.of(40L, 40L, 41L, 41L), Optional.empty(), b -> { });
        assertThat(controllerNode().state()).isEqualTo(DeviceState.FAILED);
        assertThat(controllerNode().failureReason().orElseThrow()).contains("STATUS_DEVICE_CONFIGURATION_ERROR", GPIO,
                "4 banks but 2 interrupt resources", "does not bind them to banks");
    }

    @Test
    void theReservedIndexLeavesABankWithoutAnInterruptAndItsPinsRefuseToConnect() {
        // Resource 2 (GSIV 41) is bound to no bank and stays unconnected; bank 3 has no interrupt.
        boot(List.of(40L, 41L, 42L), List.of(40L, 40L, 42L, 42L), Optional.of(BankInterruptBinding.of(1, 1, 3, R)),
                b -> {
                    consumer("\\_SB.DEV0", 5, 70).accept(b);
                    consumer("\\_SB.DEV1", 100).accept(b);
                });
        assertThat(controllerNode().state()).isEqualTo(DeviceState.STARTED);
        assertThat(interruptVectors()).containsExactly(translatedVector(1), translatedVector(3));
        assertThat(machine.interrupts().line(41).isMasked()).isTrue();
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STARTED);
        edge(5);
        edge(70);
        assertThat(isrs("\\_SB.DEV0")).containsExactly(1, 1);

        DeviceNode refused = pnp.device("\\_SB.DEV1");
        assertThat(refused.state()).isEqualTo(DeviceState.FAILED);
        assertThat(refused.failureReason().orElseThrow()).contains("STATUS_NOT_SUPPORTED", GPIO, "pin 100", "bank 3");
        // Only interrupts need the bank's interrupt: its pins still read.
        hardware.setInput(100, true);
        assertThat(pnp.gpioController(NamePath.of(GPIO)).orElseThrow().readPins(List.of(100))).isEqualTo(1);
    }

    @Test
    void underABindingOnlyTheResourcesThatServeABankMakeTheControllerWakeCapable() {
        boot(List.of(40L, 41L, 42L), List.of(41L), List.of(40L, 40L, 42L, 42L), Optional.of(BankInterruptBinding.of(1, 1, 3, 3)),
                b -> { });
        assertThat(pnp.gpioController(NamePath.of(GPIO)).orElseThrow().canWake()).as("only the ignored GSIV 41 is wake-capable")
                .isFalse();
    }

    @Test
    void underABindingAWakeCapableBoundResourceMakesTheControllerWakeCapable() {
        boot(List.of(40L, 41L, 42L), List.of(42L), List.of(40L, 40L, 42L, 42L), Optional.of(BankInterruptBinding.of(1, 1, 3, 3)),
                b -> { });
        assertThat(pnp.gpioController(NamePath.of(GPIO)).orElseThrow().canWake()).isTrue();
    }

    @Test
    void anEntryThatIsNotAnInterruptResourceFailsTheControllerNamingBankAndIndex() {
        boot(List.of(40L, 41L), List.of(40L, 40L, 41L, 41L), Optional.of(BankInterruptBinding.of(1, 1, 0, 2)), b -> { });
        assertThat(controllerNode().state()).isEqualTo(DeviceState.FAILED);
        assertThat(controllerNode().failureReason().orElseThrow()).contains("STATUS_DEVICE_CONFIGURATION_ERROR", GPIO,
                "bank 2", "resource 0", "not an interrupt resource");
    }

    @Test
    void anEntryBeyondTheResourceListFailsTheController() {
        boot(List.of(40L, 41L), List.of(40L, 40L, 41L, 41L), Optional.of(BankInterruptBinding.of(1, 1, 2, 3)), b -> { });
        assertThat(controllerNode().state()).isEqualTo(DeviceState.FAILED);
        assertThat(controllerNode().failureReason().orElseThrow()).contains(GPIO, "bank 3", "resource 3", "3 resources");
    }

    @Test
    void aBindingForAnotherNumberOfBanksFailsTheController() {
        boot(List.of(40L, 41L), List.of(40L, 40L, 41L, 41L), Optional.of(BankInterruptBinding.of(1, 2)), b -> { });
        assertThat(controllerNode().state()).isEqualTo(DeviceState.FAILED);
        assertThat(controllerNode().failureReason().orElseThrow()).contains(GPIO, "2 entries for 4 banks");
    }

    @Test
    void aSharedBankInterruptAllocatesNothingPerInterrupt() {
        boot(List.of(40L, 41L), List.of(40L, 40L, 41L, 41L), Optional.of(BankInterruptBinding.of(1, 1, 2, 2)),
                consumer("\\_SB.DEV0", 40));
        LongSupplier allocated = allocatedBytes();
        for (int i = 0; i < 20_000; i++) { // warm up: JIT
            edge(40);
        }
        long before = allocated.getAsLong();
        for (int i = 0; i < 10_000; i++) {
            edge(40);
        }
        long perInterrupt = (allocated.getAsLong() - before) / 10_000;
        assertThat(isrs("\\_SB.DEV0")[0]).isEqualTo(30_000);
        assertThat(perInterrupt).as("bytes per interrupt: line -> bank ISR serving banks 0 and 1 -> pin 40's ISR").isLessThan(8);
    }

    /** The current thread's allocated bytes, through reflection: this module does not read java.management. */
    private static LongSupplier allocatedBytes() {
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
}
