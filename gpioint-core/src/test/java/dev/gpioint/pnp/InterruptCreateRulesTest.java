package dev.gpioint.pnp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.VerifierException;
import dev.gpioint.kernel.VerifierRule;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.TriState;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterruptConfig;
import dev.gpioint.wudf.UmdfDeviceCallbacks;
import dev.gpioint.wudf.UmdfDriver;
import dev.gpioint.wudf.WudfDevice;
import dev.gpioint.wudf.WudfInterruptConfig;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each rule of WdfInterruptCreate (windows.md §3.2), in its own test, with the exact status it fails with.
 * The device has [Interrupt 50 level, Interrupt 51 edge+wake, Memory] so both windows and every descriptor
 * kind are at hand.
 */
class InterruptCreateRulesTest {
    private static final String ID = "TEST0001";

    interface PrepareConfig {
        WdfInterruptConfig make(WdfDevice device, ResourceList raw, ResourceList translated);
    }

    static Firmware firmware() {
        return BoardBuilder.named("rules")
                .device("\\_SB.DEV0", d -> d.hid(ID)
                        .interrupt(50, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .interrupt(51, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, Sharing.EXCLUSIVE, true)
                        .memory32Fixed(0xFEE0_0000L, 0x10))
                .build();
    }

    private static PnpManager boot(TraceDriver driver, PnpOptions options) {
        var machine = Machine.deterministic(2);
        var pnp = new PnpManager(machine, firmware(), DriverCatalog.of(driver), options);
        pnp.startAll();
        machine.runUntilIdle();
        return pnp;
    }

    private static Throwable createInAdd(Function<WdfDevice, WdfInterruptConfig> config) {
        var thrown = new AtomicReference<Throwable>();
        var driver = new TraceDriver("t", ID);
        driver.onAdd = d -> thrown.set(catchThrowable(() -> d.createInterrupt(config.apply(d))));
        boot(driver, PnpOptions.defaults());
        return thrown.get();
    }

    private static Throwable createInPrepare(PnpOptions options, PrepareConfig config) {
        var thrown = new AtomicReference<Throwable>();
        var driver = new TraceDriver("t", ID);
        driver.onPrepare = (d, raw, tr) -> thrown.set(catchThrowable(() -> d.createInterrupt(config.make(d, raw, tr))));
        boot(driver, options);
        return thrown.get();
    }

    private static Throwable createInPrepare(PrepareConfig config) {
        return createInPrepare(PnpOptions.defaults(), config);
    }

    private static WdfInterruptConfig isrOnly() {
        return WdfInterruptConfig.init((i, id) -> true, null);
    }

    /** A config bound to descriptor {@code index} of the lists passed to prepare-hardware. */
    private static WdfInterruptConfig at(int index, ResourceList raw, ResourceList tr) {
        return isrOnly().interruptRaw(raw.get(index)).interruptTranslated(tr.get(index));
    }

    private static void assertStatus(Throwable thrown, NtStatus status) {
        assertThat(thrown).isInstanceOf(NtStatusException.class);
        assertThat(((NtStatusException) thrown).status()).isEqualTo(status);
    }

    // ---- the happy paths the rules are measured against ----

    @Test
    void aValidConfigIsAcceptedInAddAndInPrepare() {
        assertThat(createInAdd(d -> isrOnly())).isNull();
        assertThat(createInPrepare((d, raw, tr) -> at(0, raw, tr))).isNull();
    }

    // ---- rule 1 ----

    @Test
    void rule1_unknownConfigSizeIsInfoLengthMismatch() {
        assertStatus(createInAdd(d -> isrOnly().size(80)), NtStatus.INFO_LENGTH_MISMATCH);
    }

    @Test
    void rule1_olderSizesAreNormalizedNotRefused() {
        assertThat(createInAdd(d -> isrOnly().size(WdfInterruptConfig.SIZE_V1_9))).isNull();
        assertThat(createInAdd(d -> isrOnly().size(WdfInterruptConfig.SIZE_V1_11))).isNull();
        // A V1_9 layout has no PassiveHandling: the field is dropped, so the interrupt is a DIRQL one.
        var info = new AtomicReference<Integer>();
        var driver = new TraceDriver("t", ID);
        driver.onAdd = d -> d.createInterrupt(isrOnly().passiveHandling(true).size(WdfInterruptConfig.SIZE_V1_9));
        var pnp = boot(driver, PnpOptions.defaults());
        info.set(pnp.device("\\_SB.DEV0").interrupts().get(0).getInfo().irql());
        assertThat(Irql.isDirql(info.get())).isTrue();
    }

    // ---- rule 2 (UMDF) ----

    static final class Umdf implements UmdfDriver {
        final boolean access;
        final AtomicReference<Throwable> thrown = new AtomicReference<>();

        Umdf(boolean access) {
            this.access = access;
        }

        @Override
        public String name() {
            return "umdf";
        }

        @Override
        public List<String> hardwareIds() {
            return List.of(ID);
        }

        @Override
        public boolean directHardwareAccess() {
            return access;
        }

        @Override
        public UmdfDeviceCallbacks onDeviceAdd(WudfDevice device) {
            thrown.set(catchThrowable(() -> device.createInterrupt(WudfInterruptConfig.init((i, id) -> true, null))));
            return new UmdfDeviceCallbacks() {
            };
        }
    }

    @Test
    void rule2_umdfWithoutHardwareAccessOrConnectionIsAVerifierBreak() {
        var driver = new Umdf(false);
        var machine = Machine.deterministic(1);
        new PnpManager(machine, firmware(), DriverCatalog.of(driver)).startAll();
        assertThat(driver.thrown.get()).isInstanceOfSatisfying(VerifierException.class, v -> {
            assertThat(v.rule()).isEqualTo(VerifierRule.INTERRUPT_ACCESS_NOT_ALLOWED);
            assertThat(v.call()).isEqualTo("IWDFDevice3::CreateInterrupt");
        });
    }

    @Test
    void rule2_umdfWithAConnectionResourceMayCreateInterruptsWithoutHardwareAccess() {
        var driver = new Umdf(false);
        var machine = Machine.deterministic(1);
        Firmware withConnection = BoardBuilder.named("rules")
                .device("\\_SB.DEV0", d -> d.hid(ID).interrupt(50, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .i2c("\\_SB.I2C0", 0x1C, 400_000))
                .build();
        var pnp = new PnpManager(machine, withConnection, DriverCatalog.of(driver));
        pnp.startAll();
        assertThat(driver.thrown.get()).isNull();
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STARTED);
    }

    @Test
    void rule2_umdfInterruptsMustBePassive() {
        // WUDF_INTERRUPT_CONFIG has no PassiveHandling field, so the check is reached through the framework seam.
        var driver = new Umdf(true);
        var machine = Machine.deterministic(1);
        var pnp = new PnpManager(machine, firmware(), DriverCatalog.of(driver));
        pnp.startAll();
        FxDevice fx = pnp.device("\\_SB.DEV0").fx;
        Throwable thrown = catchThrowable(() -> InterruptCreationRules.validate(fx, isrOnly().passiveHandling(false), true));
        assertThat(thrown).isInstanceOfSatisfying(VerifierException.class,
                v -> assertThat(v.call()).isEqualTo("IWDFDevice3::CreateInterrupt"));
        fx.setPhase(FxDevice.Phase.ADDING);
        assertThat(InterruptCreationRules.validate(fx, isrOnly().passiveHandling(true), true)).isNotNull();
    }

    // ---- rule 3 ----

    @Test
    void rule3_missingIsrIsInvalidParameter() {
        assertStatus(createInAdd(d -> WdfInterruptConfig.init(null, null)), NtStatus.INVALID_PARAMETER);
    }

    // ---- rule 4 ----

    @Test
    void rule4_parentWithoutAutomaticSerializationIsParentAssignmentNotAllowed() {
        assertStatus(createInAdd(d -> isrOnly().parent(d)), NtStatus.WDF_PARENT_ASSIGNMENT_NOT_ALLOWED);
        assertThat(createInAdd(d -> isrOnly().parent(d).automaticSerialization(true))).isNull();
    }

    // ---- rule 5 ----

    @Test
    void rule5_creatingOutsideAddOrPrepareIsInvalidDeviceState() {
        var thrown = new AtomicReference<Throwable>();
        var driver = new TraceDriver("t", ID);
        driver.onD0Entry = d -> thrown.set(catchThrowable(() -> d.createInterrupt(isrOnly())));
        boot(driver, PnpOptions.defaults());
        assertStatus(thrown.get(), NtStatus.INVALID_DEVICE_STATE);
        assertThat(thrown.get()).hasMessageContaining("EvtDriverDeviceAdd").hasMessageContaining("EvtDevicePrepareHardware");
    }

    // ---- rule 6 ----

    @Test
    void rule6_descriptorsInAddAreInvalidParameter() {
        var descriptor = new AtomicReference<dev.gpioint.resource.ResourceDescriptor>();
        var driver = new TraceDriver("t", ID);
        driver.onPrepare = (d, raw, tr) -> descriptor.set(tr.get(0));
        boot(driver, PnpOptions.defaults());
        assertStatus(createInAdd(d -> isrOnly().interruptTranslated(descriptor.get())), NtStatus.INVALID_PARAMETER);
        assertStatus(createInAdd(d -> isrOnly().interruptRaw(descriptor.get())), NtStatus.INVALID_PARAMETER);
    }

    @Test
    void rule6_wakeInAddIsInvalidParameter() {
        Throwable thrown = createInAdd(d -> isrOnly().passiveHandling(true).canWakeDevice(true));
        assertStatus(thrown, NtStatus.INVALID_PARAMETER);
        assertThat(thrown).hasMessageContaining("AddDevice");
    }

    // ---- rule 7 ----

    @Test
    void rule7_missingDescriptorsInPrepareIsInvalidDeviceState() {
        assertStatus(createInPrepare((d, raw, tr) -> isrOnly()), NtStatus.INVALID_DEVICE_STATE);
        assertStatus(createInPrepare((d, raw, tr) -> isrOnly().interruptTranslated(tr.get(0))), NtStatus.INVALID_DEVICE_STATE);
    }

    @Test
    void rule7_shareVectorOtherThanDefaultInPrepareIsInvalidDeviceState() {
        assertStatus(createInPrepare((d, raw, tr) -> at(0, raw, tr).shareVector(TriState.TRUE)), NtStatus.INVALID_DEVICE_STATE);
        assertStatus(createInPrepare((d, raw, tr) -> at(0, raw, tr).shareVector(TriState.FALSE)), NtStatus.INVALID_DEVICE_STATE);
    }

    // ---- rule 8 ----

    @Test
    void rule8_wakeWithoutWakeHintIsInvalidParameter() {
        Throwable thrown = createInPrepare((d, raw, tr) -> at(0, raw, tr).passiveHandling(true).canWakeDevice(true));
        assertStatus(thrown, NtStatus.INVALID_PARAMETER);
        assertThat(thrown).hasMessageContaining("WAKE_HINT");
        assertThat(createInPrepare((d, raw, tr) -> at(1, raw, tr).passiveHandling(true).canWakeDevice(true))).isNull();
    }

    @Test
    void rule8_wakeWithoutPowerPolicyOwnershipIsInvalidParameter() {
        var thrown = new AtomicReference<Throwable>();
        var driver = new TraceDriver("t", ID);
        driver.onAdd = d -> d.setPowerPolicyOwner(false);
        driver.onPrepare = (d, raw, tr) -> thrown.set(catchThrowable(
                () -> d.createInterrupt(at(1, raw, tr).passiveHandling(true).canWakeDevice(true))));
        boot(driver, PnpOptions.defaults());
        assertStatus(thrown.get(), NtStatus.INVALID_PARAMETER);
        assertThat(thrown.get()).hasMessageContaining("power policy");
    }

    // ---- rule 9 ----

    @Test
    void rule9_dpcAndWorkItemTogetherIsInvalidParameter() {
        assertStatus(createInAdd(d -> WdfInterruptConfig.init((i, id) -> true, i -> { }).workItem(i -> { })),
                NtStatus.INVALID_PARAMETER);
    }

    // ---- rule 10 ----

    @Test
    void rule10_waitLockWithoutPassiveHandlingIsInvalidParameter() {
        assertStatus(createInAdd(d -> isrOnly().waitLock(d.createWaitLock())), NtStatus.INVALID_PARAMETER);
        assertThat(createInAdd(d -> isrOnly().passiveHandling(true).waitLock(d.createWaitLock()))).isNull();
    }

    @Test
    void rule10_wakeWithoutPassiveHandlingIsInvalidParameter() {
        Throwable thrown = createInPrepare((d, raw, tr) -> at(1, raw, tr).canWakeDevice(true));
        assertStatus(thrown, NtStatus.INVALID_PARAMETER);
        assertThat(thrown).hasMessageContaining("PassiveHandling");
    }

    // ---- rule 11 ----

    @Test
    void rule11_passiveHandlingOnASystemWithoutItIsNotSupported() {
        Throwable thrown = createInPrepare(PnpOptions.defaults().withPassiveInterruptsSupported(false),
                (d, raw, tr) -> at(0, raw, tr).passiveHandling(true));
        assertStatus(thrown, NtStatus.NOT_SUPPORTED);
    }

    @Test
    void rule11_passiveHandlingWithASpinLockIsInvalidParameter() {
        assertStatus(createInAdd(d -> isrOnly().passiveHandling(true).spinLock(d.createSpinLock())), NtStatus.INVALID_PARAMETER);
    }

    // ---- rule 12 (verifier) ----

    @Test
    void rule12_aCopyOfTheTranslatedDescriptorIsInvalidParameter() {
        Throwable thrown = createInPrepare((d, raw, tr) -> isrOnly().interruptRaw(raw.get(0)).interruptTranslated(tr.get(0).copy()));
        assertStatus(thrown, NtStatus.INVALID_PARAMETER);
        assertThat(thrown).hasMessageContaining("copy");
    }

    @Test
    void rule12_aRawDescriptorFromAnotherIndexIsInvalidParameter() {
        Throwable thrown = createInPrepare((d, raw, tr) -> isrOnly().interruptRaw(raw.get(1)).interruptTranslated(tr.get(0)));
        assertStatus(thrown, NtStatus.INVALID_PARAMETER);
        assertThat(thrown).hasMessageContaining("same index");
        assertStatus(createInPrepare((d, raw, tr) -> isrOnly().interruptRaw(raw.get(0).copy()).interruptTranslated(tr.get(0))),
                NtStatus.INVALID_PARAMETER);
    }

    @Test
    void rule12_aDescriptorThatIsNotAnInterruptIsInvalidParameter() {
        Throwable thrown = createInPrepare((d, raw, tr) -> at(2, raw, tr));
        assertStatus(thrown, NtStatus.INVALID_PARAMETER);
        assertThat(thrown).hasMessageContaining("not an interrupt");
    }

    @Test
    void rule12_aPassiveFunctionalInterruptCannotShareADescriptorWithAWakeInterrupt() {
        var thrown = new AtomicReference<Throwable>();
        var driver = new TraceDriver("t", ID);
        driver.onPrepare = (d, raw, tr) -> {
            d.createInterrupt(at(1, raw, tr).passiveHandling(true).canWakeDevice(true));
            thrown.set(catchThrowable(() -> d.createInterrupt(at(1, raw, tr).passiveHandling(true))));
        };
        boot(driver, PnpOptions.defaults());
        assertStatus(thrown.get(), NtStatus.INVALID_PARAMETER);
        assertThat(thrown.get()).hasMessageContaining("wake");
    }

    @Test
    void rule12_isSkippedWithoutTheVerifier() {
        assertThat(createInPrepare(PnpOptions.defaults().withVerifier(false),
                (d, raw, tr) -> isrOnly().interruptRaw(raw.get(0)).interruptTranslated(tr.get(0).copy()))).isNull();
    }

    // ---- rule 13 ----

    @Test
    void rule13_aParentOtherThanTheDeviceIsInvalidParameter() {
        assertStatus(createInAdd(d -> isrOnly().automaticSerialization(true).parent(new Object())), NtStatus.INVALID_PARAMETER);
    }

    // ---- order and IRQL ----

    @Test
    void theFirstBrokenRuleWins() {
        // size (1) before ISR (3); ISR (3) before parent (4); DPC+work item (9) before wait lock (10).
        assertStatus(createInAdd(d -> WdfInterruptConfig.init(null, null).size(7)), NtStatus.INFO_LENGTH_MISMATCH);
        assertStatus(createInAdd(d -> WdfInterruptConfig.init(null, null).parent(d)), NtStatus.INVALID_PARAMETER);
        // ISR (3) is checked before the creation window (5): in d0Entry a missing ISR is INVALID_PARAMETER.
        var thrown = new AtomicReference<Throwable>();
        var driver = new TraceDriver("t", ID);
        driver.onD0Entry = d -> thrown.set(catchThrowable(() -> d.createInterrupt(WdfInterruptConfig.init(null, null))));
        boot(driver, PnpOptions.defaults());
        assertStatus(thrown.get(), NtStatus.INVALID_PARAMETER);
        // In prepare, missing descriptors (7, INVALID_DEVICE_STATE) come before DPC+work item (9, INVALID_PARAMETER).
        assertStatus(createInPrepare((d, raw, tr) -> WdfInterruptConfig.init((i, id) -> true, i -> { }).workItem(i -> { })),
                NtStatus.INVALID_DEVICE_STATE);
    }

    @Test
    void creatingAboveDispatchIsAVerifierBreakNamingTheCall() {
        Throwable thrown = createInAdd(d -> {
            int old = Irql.raise(Irql.DIRQL_MIN);
            try {
                d.createInterrupt(isrOnly());
            } finally {
                Irql.lower(old);
            }
            return isrOnly();
        });
        assertThat(thrown).isInstanceOfSatisfying(VerifierException.class, v -> {
            assertThat(v.rule()).isEqualTo(VerifierRule.IRQL_TOO_HIGH);
            assertThat(v.call()).isEqualTo("WdfInterruptCreate");
        });
    }

    @Test
    void theFrameworkKeepsItsOwnCopyOfTheConfig() {
        var driver = new TraceDriver("t", ID);
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        driver.onAdd = d -> {
            WdfInterruptConfig config = WdfInterruptConfig.init((i, id) -> calls.incrementAndGet() > 0, null);
            d.createInterrupt(config);
            config.isr((i, id) -> {
                throw new AssertionError("the driver's later change must not reach the framework");
            });
        };
        var pnp = boot(driver, PnpOptions.defaults());
        pnp.machine().interrupts().line(50).assertLine(true);
        pnp.machine().interrupts().line(50).assertLine(false);
        pnp.machine().runUntilIdle();
        assertThat(calls.get()).isEqualTo(1);
    }
}
