package dev.gpioint.drivers.acpievents;

import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Connects every event interrupt in firmware order and, when one fires, runs its AML at PASSIVE_LEVEL, as
 * ACPI 6.5 section 5.6.5.3 says: for a GpioInt on pin 0..255, {@code _Exx} (edge) or {@code _Lxx} (level) with
 * the pin in two hex digits when the controller defines it, otherwise {@code _EVT (pin)}; for a Generic Event
 * Device interrupt, {@code _EVT (GSIV)}. The interrupt stays masked until the method returns (a passive ISR),
 * so a level event is not re-entered. Each run, and each failing run, is reported to the machine's log.
 */
public final class AcpiEventDevice implements KmdfDeviceCallbacks {
    private final List<Event> events = new ArrayList<>();

    @Override
    public void prepareHardware(WdfDevice device, ResourceList raw, ResourceList translated) {
        events.clear();
        List<FirmwareResource> firmware = device.firmwareResources();
        for (int i = 0; i < translated.size(); i++) {
            if (!translated.get(i).isInterrupt()) {
                continue;
            }
            Event event = event(firmware.get(i), raw.get(i));
            events.add(event);
            device.createInterrupt(WdfInterruptConfig.init(event::isr, null).passiveHandling(true)
                    .interruptRaw(raw.get(i)).interruptTranslated(translated.get(i)));
        }
    }

    /** How many times each event's method ran, in firmware order. */
    public List<Long> runs() {
        return events.stream().map(e -> e.runs).toList();
    }

    private static Event event(FirmwareResource resource, ResourceDescriptor raw) {
        return switch (resource) {
            case GpioInt g when g.pin() <= 0xFF ->
                    new Event((g.mode() == InterruptMode.EDGE ? "_E" : "_L") + "%02X".formatted(g.pin()).toUpperCase(Locale.ROOT), g.pin());
            case GpioInt g -> new Event(null, g.pin());
            // The raw descriptor's vector is this entry's own GSIV, one of the Interrupt()'s list.
            case Interrupt i -> new Event(null, raw.asInterrupt().vector() & 0xFFFF_FFFFL);
            default -> new Event(null, 0L);
        };
    }

    /** One event: its pin-specific method ({@code _E12}), if the pin has one to try, and the {@code _EVT} argument. */
    private static final class Event {
        final String specific;
        final long argument;
        volatile long runs;

        Event(String specific, long argument) {
            this.specific = specific;
            this.argument = argument;
        }

        boolean isr(WdfInterrupt interrupt, int messageId) {
            WdfDevice device = interrupt.device();
            String ran = null;
            try {
                if (specific != null) {
                    try {
                        device.evaluateMethod(specific);
                        ran = specific;
                    } catch (NtStatusException e) {
                        if (e.status() != NtStatus.NOT_FOUND) {
                            throw e;
                        }
                    }
                }
                if (ran == null) {
                    device.evaluateMethod("_EVT", argument);
                    ran = "_EVT (0x" + Long.toHexString(argument) + ")";
                }
                runs++;
                device.report("ran " + ran);
            } catch (NtStatusException e) {
                device.report("event " + (specific != null ? specific : "_EVT") + " failed: " + e.getMessage());
            }
            return true;
        }
    }
}
