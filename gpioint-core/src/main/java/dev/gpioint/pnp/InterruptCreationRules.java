package dev.gpioint.pnp;

import dev.gpioint.kernel.VerifierException;
import dev.gpioint.kernel.VerifierRule;
import dev.gpioint.resource.InterruptFlags;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.TriState;
import dev.gpioint.wdf.WdfInterruptConfig;

/**
 * The checks of {@code WdfInterruptCreate}, in the order WDF makes them ({@code fxinterruptapi.cpp}), each
 * failing with WDF's status. The first broken rule wins, as in WDF.
 */
final class InterruptCreationRules {
    private InterruptCreationRules() {
    }

    /** Validates {@code given} for {@code device}; returns the config normalized to its size. */
    static WdfInterruptConfig validate(FxDevice device, WdfInterruptConfig given, boolean umdf) {
        // 1. The structure size must be one WDF knows; older layouts lose the fields they did not have.
        int size = given.size();
        if (size != WdfInterruptConfig.SIZE && size != WdfInterruptConfig.SIZE_V1_11
                && size != WdfInterruptConfig.SIZE_V1_11_BETA && size != WdfInterruptConfig.SIZE_V1_9) {
            throw new NtStatusException(NtStatus.INFO_LENGTH_MISMATCH, "WDF_INTERRUPT_CONFIG size " + size
                    + " is none of " + WdfInterruptConfig.SIZE + ", " + WdfInterruptConfig.SIZE_V1_11 + " (V1_11 and V1_11_BETA) or "
                    + WdfInterruptConfig.SIZE_V1_9);
        }
        WdfInterruptConfig config = given.normalizedForSize();

        // 2. UMDF: interrupts need direct hardware access or a connection resource; handling is passive.
        if (umdf) {
            if (!device.directHardwareAccess() && !device.hasConnectionResources()) {
                throw new VerifierException(VerifierRule.INTERRUPT_ACCESS_NOT_ALLOWED, "IWDFDevice3::CreateInterrupt",
                        device.path() + " has neither UmdfDirectHardwareAccess nor a connection resource");
            }
            if (!config.passiveHandling()) {
                throw new VerifierException(VerifierRule.IRQL_MISMATCH, "IWDFDevice3::CreateInterrupt", "UMDF interrupts must be passive");
            }
        }

        // 3. The ISR is required.
        if (config.isr().isEmpty()) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "EvtInterruptIsr is required");
        }

        // 4. A parent may be given only with automatic serialization.
        if (config.parent().isPresent() && !config.automaticSerialization()) {
            throw new NtStatusException(NtStatus.WDF_PARENT_ASSIGNMENT_NOT_ALLOWED,
                    "a parent object may be given only when AutomaticSerialization is set");
        }

        // 5. Only in EvtDriverDeviceAdd or EvtDevicePrepareHardware.
        FxDevice.Phase phase = device.phase();
        if (phase != FxDevice.Phase.ADDING && phase != FxDevice.Phase.PREPARING) {
            throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE, "WDFINTERRUPTs can only be created during "
                    + "(1) EvtDriverDeviceAdd or (2) EvtDevicePrepareHardware; " + device.path() + " is " + phase.description());
        }

        // 6. In AddDevice: no descriptors, no wake.
        if (phase == FxDevice.Phase.ADDING) {
            if (config.interruptRaw().isPresent() || config.interruptTranslated().isPresent()) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER,
                        "InterruptRaw/InterruptTranslated must be null in EvtDriverDeviceAdd: resources are not assigned yet");
            }
            if (config.canWakeDevice()) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, "wake interrupts can not be created in AddDevice");
            }
        }

        // 7. In PrepareHardware: both descriptors, ShareVector left to the bus.
        if (phase == FxDevice.Phase.PREPARING) {
            if (config.interruptRaw().isEmpty() || config.interruptTranslated().isEmpty()) {
                throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE,
                        "in EvtDevicePrepareHardware both InterruptRaw and InterruptTranslated must be given");
            }
            if (config.shareVector() != TriState.USE_DEFAULT) {
                throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE,
                        "ShareVector must stay USE_DEFAULT for an interrupt created in EvtDevicePrepareHardware");
            }
        }

        // 8. Wake: the translated descriptor must say WAKE_HINT; power policy owner; not a PDO.
        if (config.canWakeDevice()) {
            ResourceDescriptor translated = config.interruptTranslated().get();
            if ((translated.flags() & InterruptFlags.WAKE_HINT) == 0) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER,
                        "CanWakeDevice needs CM_RESOURCE_INTERRUPT_WAKE_HINT on the translated descriptor (ExclusiveAndWake or SharedAndWake in firmware)");
            }
            if (!device.isPowerPolicyOwner()) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, "CanWakeDevice needs the power policy owner");
            }
            if (device.isPdo()) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, "CanWakeDevice is not allowed on a PDO");
            }
            if ((translated.flags() & InterruptFlags.SECONDARY_INTERRUPT) != 0) {
                // A GPIO pin can wake only through its controller's own interrupt: if none of those is
                // wake-capable, arming the pin would never wake anything.
                var pin = device.pnp().resourceHub().gpioInterrupt(translated.asInterrupt().vector());
                var controller = pin.flatMap(p -> device.pnp().gpioController(p.controller()));
                if (controller.isPresent() && !controller.get().canWake()) {
                    throw new NtStatusException(NtStatus.NOT_SUPPORTED, "CanWakeDevice on " + pin.get().controller() + " pin "
                            + pin.get().pin() + ": GPIO controller " + pin.get().controller() + " cannot wake, none of its own "
                            + "interrupt resources is wake-capable (ExclusiveAndWake/SharedAndWake)");
                }
            }
        }

        // 9. A DPC or a work item, not both.
        if (config.dpc().isPresent() && config.workItem().isPresent()) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "EvtInterruptDpc and EvtInterruptWorkItem are mutually exclusive");
        }

        // 10. A wait lock or wake needs passive handling.
        if (!config.passiveHandling() && (config.waitLock().isPresent() || config.canWakeDevice())) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER,
                    config.canWakeDevice() ? "wake interrupts must use PassiveHandling" : "WaitLock needs PassiveHandling");
        }

        // 11. Passive handling: supported by the OS, and no spin lock.
        if (config.passiveHandling()) {
            if (!device.pnp().options().passiveInterruptsSupported()) {
                throw new NtStatusException(NtStatus.NOT_SUPPORTED, "this system does not support passive-level interrupts");
            }
            if (config.spinLock().isPresent()) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, "a passive interrupt cannot use a SpinLock (use WaitLock)");
            }
        }

        // 12. Verifier: the descriptors must be the framework's own, at the same index, of interrupt type.
        if (phase == FxDevice.Phase.PREPARING && device.pnp().options().verifier()) {
            checkDescriptors(device, config);
        }

        // 13. The parent must be the device itself.
        if (config.parent().isPresent() && config.parent().get() != device) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "the parent of an interrupt must be its device (or one of its queues)");
        }
        return config;
    }

    private static void checkDescriptors(FxDevice device, WdfInterruptConfig config) {
        ResourceList raw = device.rawResources();
        ResourceList translated = device.translatedResources();
        ResourceDescriptor givenTranslated = config.interruptTranslated().get();
        ResourceDescriptor givenRaw = config.interruptRaw().get();
        int index = translated.indexOfIdentical(givenTranslated);
        if (index < 0) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER,
                    "InterruptTranslated is not one of the descriptors the framework passed to EvtDevicePrepareHardware (a copy?)");
        }
        if (raw.get(index) != givenRaw) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "InterruptRaw is not the raw descriptor at the same index ("
                    + index + ") as InterruptTranslated");
        }
        if (!givenTranslated.isInterrupt() || !givenRaw.isInterrupt()) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "descriptor " + index + " is a " + givenTranslated.type()
                    + " resource, not an interrupt");
        }
        for (FxInterrupt other : device.fxInterrupts()) {
            if (other.translatedResource().orElse(null) == givenTranslated
                    && ((other.canWake() && config.passiveHandling() && !config.canWakeDevice())
                    || (config.canWakeDevice() && other.isPassive() && !other.canWake()))) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, "a passive functional interrupt and a wake interrupt cannot share descriptor " + index);
            }
        }
    }
}
