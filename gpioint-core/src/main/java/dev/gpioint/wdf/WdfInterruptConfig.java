package dev.gpioint.wdf;

import dev.gpioint.resource.ResourceDescriptor;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code WDF_INTERRUPT_CONFIG}: a mutable parameter block, filled by the driver and copied by
 * {@link WdfDevice#createInterrupt}. {@link #init} does what {@code WDF_INTERRUPT_CONFIG_INIT} does: sets the
 * size, the ISR and DPC, and ShareVector and ReportInactiveOnPowerDown to USE_DEFAULT; everything else is
 * off/absent. Setters return this config.
 *
 * <p>{@link #size} models the C struct's {@code Size} so drivers written against an older KMDF keep working:
 * the sizes are those of the amd64 layouts ({@link #SIZE_V1_9}, {@link #SIZE_V1_11}, {@link #SIZE}); fields an
 * older layout does not have are reset to their defaults, and any other size is refused with
 * STATUS_INFO_LENGTH_MISMATCH.
 */
public final class WdfInterruptConfig {
    /** {@code sizeof(WDF_INTERRUPT_CONFIG_V1_9)} on amd64: up to EvtInterruptDisable. */
    public static final int SIZE_V1_9 = 56;
    /** {@code sizeof(WDF_INTERRUPT_CONFIG_V1_11_BETA)} on amd64: the same as V1_11 there, per the WDF header. */
    public static final int SIZE_V1_11_BETA = 96;
    /** {@code sizeof(WDF_INTERRUPT_CONFIG_V1_11)} on amd64: up to ReportInactiveOnPowerDown. */
    public static final int SIZE_V1_11 = 96;
    /** {@code sizeof(WDF_INTERRUPT_CONFIG)} (KMDF 1.13 and later) on amd64: up to CanWakeDevice. */
    public static final int SIZE = 104;

    private int size = SIZE;
    private WdfSpinLock spinLock;
    private TriState shareVector = TriState.USE_DEFAULT;
    private boolean floatingSave;
    private boolean automaticSerialization;
    private InterruptIsr isr;
    private InterruptDpc dpc;
    private InterruptEnableCallback enable;
    private InterruptEnableCallback disable;
    private InterruptWorkItem workItem;
    private ResourceDescriptor interruptRaw;
    private ResourceDescriptor interruptTranslated;
    private WdfWaitLock waitLock;
    private boolean passiveHandling;
    private TriState reportInactiveOnPowerDown = TriState.USE_DEFAULT;
    private boolean canWakeDevice;
    private Object parent;

    private WdfInterruptConfig() {
    }

    /** {@code WDF_INTERRUPT_CONFIG_INIT(config, isr, dpc)}; {@code dpc} may be null. */
    public static WdfInterruptConfig init(InterruptIsr isr, InterruptDpc dpc) {
        var config = new WdfInterruptConfig();
        config.isr = isr;
        config.dpc = dpc;
        return config;
    }

    /** A field-by-field copy, so the framework keeps what the driver passed even if it changes its config. */
    public WdfInterruptConfig copy() {
        var c = new WdfInterruptConfig();
        c.size = size;
        c.spinLock = spinLock;
        c.shareVector = shareVector;
        c.floatingSave = floatingSave;
        c.automaticSerialization = automaticSerialization;
        c.isr = isr;
        c.dpc = dpc;
        c.enable = enable;
        c.disable = disable;
        c.workItem = workItem;
        c.interruptRaw = interruptRaw;
        c.interruptTranslated = interruptTranslated;
        c.waitLock = waitLock;
        c.passiveHandling = passiveHandling;
        c.reportInactiveOnPowerDown = reportInactiveOnPowerDown;
        c.canWakeDevice = canWakeDevice;
        c.parent = parent;
        return c;
    }

    /** Resets the fields a layout of {@code size} bytes does not have (what WDF's normalizing copy does). */
    public WdfInterruptConfig normalizedForSize() {
        WdfInterruptConfig c = copy();
        if (size <= SIZE_V1_11) {
            c.canWakeDevice = false;
        }
        if (size <= SIZE_V1_9) {
            c.workItem = null;
            c.interruptRaw = null;
            c.interruptTranslated = null;
            c.waitLock = null;
            c.passiveHandling = false;
            c.reportInactiveOnPowerDown = TriState.USE_DEFAULT;
        }
        return c;
    }

    public int size() {
        return size;
    }

    public WdfInterruptConfig size(int value) {
        size = value;
        return this;
    }

    public Optional<WdfSpinLock> spinLock() {
        return Optional.ofNullable(spinLock);
    }

    public WdfInterruptConfig spinLock(WdfSpinLock value) {
        spinLock = value;
        return this;
    }

    public TriState shareVector() {
        return shareVector;
    }

    public WdfInterruptConfig shareVector(TriState value) {
        shareVector = Objects.requireNonNull(value, "shareVector");
        return this;
    }

    public boolean floatingSave() {
        return floatingSave;
    }

    public WdfInterruptConfig floatingSave(boolean value) {
        floatingSave = value;
        return this;
    }

    public boolean automaticSerialization() {
        return automaticSerialization;
    }

    public WdfInterruptConfig automaticSerialization(boolean value) {
        automaticSerialization = value;
        return this;
    }

    public Optional<InterruptIsr> isr() {
        return Optional.ofNullable(isr);
    }

    public WdfInterruptConfig isr(InterruptIsr value) {
        isr = value;
        return this;
    }

    public Optional<InterruptDpc> dpc() {
        return Optional.ofNullable(dpc);
    }

    public WdfInterruptConfig dpc(InterruptDpc value) {
        dpc = value;
        return this;
    }

    public Optional<InterruptEnableCallback> enable() {
        return Optional.ofNullable(enable);
    }

    public WdfInterruptConfig enable(InterruptEnableCallback value) {
        enable = value;
        return this;
    }

    public Optional<InterruptEnableCallback> disable() {
        return Optional.ofNullable(disable);
    }

    public WdfInterruptConfig disable(InterruptEnableCallback value) {
        disable = value;
        return this;
    }

    public Optional<InterruptWorkItem> workItem() {
        return Optional.ofNullable(workItem);
    }

    public WdfInterruptConfig workItem(InterruptWorkItem value) {
        workItem = value;
        return this;
    }

    public Optional<ResourceDescriptor> interruptRaw() {
        return Optional.ofNullable(interruptRaw);
    }

    public WdfInterruptConfig interruptRaw(ResourceDescriptor value) {
        interruptRaw = value;
        return this;
    }

    public Optional<ResourceDescriptor> interruptTranslated() {
        return Optional.ofNullable(interruptTranslated);
    }

    public WdfInterruptConfig interruptTranslated(ResourceDescriptor value) {
        interruptTranslated = value;
        return this;
    }

    public Optional<WdfWaitLock> waitLock() {
        return Optional.ofNullable(waitLock);
    }

    public WdfInterruptConfig waitLock(WdfWaitLock value) {
        waitLock = value;
        return this;
    }

    public boolean passiveHandling() {
        return passiveHandling;
    }

    public WdfInterruptConfig passiveHandling(boolean value) {
        passiveHandling = value;
        return this;
    }

    public TriState reportInactiveOnPowerDown() {
        return reportInactiveOnPowerDown;
    }

    public WdfInterruptConfig reportInactiveOnPowerDown(TriState value) {
        reportInactiveOnPowerDown = Objects.requireNonNull(value, "reportInactiveOnPowerDown");
        return this;
    }

    public boolean canWakeDevice() {
        return canWakeDevice;
    }

    public WdfInterruptConfig canWakeDevice(boolean value) {
        canWakeDevice = value;
        return this;
    }

    /** The parent object given in the object attributes ({@code WDF_OBJECT_ATTRIBUTES.ParentObject}). */
    public Optional<Object> parent() {
        return Optional.ofNullable(parent);
    }

    public WdfInterruptConfig parent(Object value) {
        parent = value;
        return this;
    }
}
