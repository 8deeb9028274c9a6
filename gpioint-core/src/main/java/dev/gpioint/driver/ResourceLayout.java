package dev.gpioint.driver;

import java.util.List;

/**
 * The ordered resources a driver expects, compared with the firmware before the device is added. Firmware
 * order is the order the driver receives resources in, so a layout catches a board whose {@code _CRS} lists
 * them in another order instead of letting the driver silently bind the wrong pins.
 */
public record ResourceLayout(List<ResourceSlot> slots) {
    public ResourceLayout {
        slots = List.copyOf(slots);
    }

    public static ResourceLayout of(ResourceSlot... slots) {
        return new ResourceLayout(List.of(slots));
    }

    /** "[data-ready: INTERRUPT LEVEL ACTIVE_HIGH, activity: INTERRUPT EDGE ACTIVE_LOW]". */
    public String describe() {
        return slots.stream().map(ResourceSlot::describe).toList().toString();
    }
}
