package dev.gpioint.wudf;

import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.wdf.TriState;
import java.util.Optional;

/**
 * {@code WUDF_INTERRUPT_CONFIG}. {@link #init} is {@code WUDF_INTERRUPT_CONFIG_INIT}: ISR and work item set,
 * ShareVector USE_DEFAULT, everything else off. Setters return this config.
 */
public final class WudfInterruptConfig {
    private TriState shareVector = TriState.USE_DEFAULT;
    private boolean automaticSerialization;
    private WudfInterruptIsr onInterruptIsr;
    private WudfInterruptEnableCallback onInterruptEnable;
    private WudfInterruptEnableCallback onInterruptDisable;
    private WudfInterruptWorkItem onInterruptWorkItem;
    private ResourceDescriptor interruptRaw;
    private ResourceDescriptor interruptTranslated;

    private WudfInterruptConfig() {
    }

    /** {@code WUDF_INTERRUPT_CONFIG_INIT(config, isr, workItem)}; {@code workItem} may be null. */
    public static WudfInterruptConfig init(WudfInterruptIsr isr, WudfInterruptWorkItem workItem) {
        var config = new WudfInterruptConfig();
        config.onInterruptIsr = isr;
        config.onInterruptWorkItem = workItem;
        return config;
    }

    public TriState shareVector() {
        return shareVector;
    }

    public WudfInterruptConfig shareVector(TriState value) {
        shareVector = value;
        return this;
    }

    public boolean automaticSerialization() {
        return automaticSerialization;
    }

    public WudfInterruptConfig automaticSerialization(boolean value) {
        automaticSerialization = value;
        return this;
    }

    public Optional<WudfInterruptIsr> onInterruptIsr() {
        return Optional.ofNullable(onInterruptIsr);
    }

    public WudfInterruptConfig onInterruptIsr(WudfInterruptIsr value) {
        onInterruptIsr = value;
        return this;
    }

    public Optional<WudfInterruptEnableCallback> onInterruptEnable() {
        return Optional.ofNullable(onInterruptEnable);
    }

    public WudfInterruptConfig onInterruptEnable(WudfInterruptEnableCallback value) {
        onInterruptEnable = value;
        return this;
    }

    public Optional<WudfInterruptEnableCallback> onInterruptDisable() {
        return Optional.ofNullable(onInterruptDisable);
    }

    public WudfInterruptConfig onInterruptDisable(WudfInterruptEnableCallback value) {
        onInterruptDisable = value;
        return this;
    }

    public Optional<WudfInterruptWorkItem> onInterruptWorkItem() {
        return Optional.ofNullable(onInterruptWorkItem);
    }

    public WudfInterruptConfig onInterruptWorkItem(WudfInterruptWorkItem value) {
        onInterruptWorkItem = value;
        return this;
    }

    public Optional<ResourceDescriptor> interruptRaw() {
        return Optional.ofNullable(interruptRaw);
    }

    public WudfInterruptConfig interruptRaw(ResourceDescriptor value) {
        interruptRaw = value;
        return this;
    }

    public Optional<ResourceDescriptor> interruptTranslated() {
        return Optional.ofNullable(interruptTranslated);
    }

    public WudfInterruptConfig interruptTranslated(ResourceDescriptor value) {
        interruptTranslated = value;
        return this;
    }
}
