package dev.gpioint.drivers.hidbuttons;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the HID usages of a Generic Buttons device ({@code ACPI0011}) from its {@code _DSD}: the package under
 * UUID {@value #UUID} lists a collection ({@code {0, id, parent, page, usage}}) and one control per button
 * ({@code {1, interrupt index, collection, usage page, usage}}), the interrupt index counting the device's
 * GpioInt resources from 0. Usages without a short name are named by their numbers.
 */
final class ButtonUsages {
    /** The Generic Buttons {@code _DSD} UUID. */
    static final String UUID = "fa6bd625-9ce8-470d-a2c7-b3ca36c4282e";
    private static final byte[] UUID_BYTES = uuidBytes(UUID);

    private ButtonUsages() {
    }

    /** Interrupt index → button name, from an evaluated {@code _DSD}; empty when it has no Generic Buttons package. */
    static Map<Integer, String> read(Object dsd) {
        var names = new HashMap<Integer, String>();
        if (!(dsd instanceof List<?> top)) {
            return names;
        }
        for (int i = 0; i + 1 < top.size(); i += 2) {
            if (top.get(i) instanceof byte[] uuid && java.util.Arrays.equals(uuid, UUID_BYTES) && top.get(i + 1) instanceof List<?> entries) {
                for (Object entry : entries) {
                    if (entry instanceof List<?> e && e.size() >= 5 && e.get(0) instanceof Long type && type == 1
                            && e.get(1) instanceof Long index && e.get(3) instanceof Long page && e.get(4) instanceof Long usage) {
                        names.put(index.intValue(), name(page.intValue(), usage.intValue()));
                    }
                }
            }
        }
        return names;
    }

    /** A short name for a HID usage (HID Usage Tables: Generic Desktop 0x01, Keyboard 0x07, Consumer 0x0C). */
    static String name(int page, int usage) {
        return Optional.ofNullable(switch (page << 16 | usage) {
            case 0x01_0081 -> "power";
            case 0x01_0082 -> "sleep";
            case 0x01_0083 -> "wake";
            case 0x01_00C9, 0x01_00CA -> "rotation-lock";
            case 0x07_00E3 -> "windows";
            case 0x0C_00E9 -> "volume-up";
            case 0x0C_00EA -> "volume-down";
            case 0x0C_00E2 -> "mute";
            case 0x0C_00CD -> "play-pause";
            case 0x0C_006F -> "brightness-up";
            case 0x0C_0070 -> "brightness-down";
            case 0x0C_0030 -> "power";
            case 0x0B_002F -> "microphone-mute";
            default -> null;
        }).orElse(String.format("usage 0x%02X/0x%02X", page, usage));
    }

    /** The 16 bytes ASL's ToUUID makes of {@code text}: the first three fields little-endian, the rest as written. */
    static byte[] uuidBytes(String text) {
        String hex = text.replace("-", "");
        byte[] bytes = new byte[16];
        int[] order = {3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15};
        for (int i = 0; i < 16; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(order[i] * 2, order[i] * 2 + 2), 16);
        }
        return bytes;
    }
}
