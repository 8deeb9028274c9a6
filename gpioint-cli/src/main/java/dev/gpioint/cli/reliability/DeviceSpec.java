package dev.gpioint.cli.reliability;

import java.util.List;

/**
 * One probe device of a generated board: its driver flavour, its interrupt resources in firmware order (each the
 * index of a {@link Net} of the board) and the driver fault injected into it ("" for none, else
 * {@code "isr-throw N"} or {@code "dpc-throw N"}: the first interrupt's ISR or DPC/work item throws on its N-th
 * call). A faulty device's nets are never shared.
 */
public record DeviceSpec(int index, Flavour flavour, List<Integer> nets, String fault) {
    public DeviceSpec {
        nets = List.copyOf(nets);
    }

    public DeviceSpec(int index, Flavour flavour, List<Integer> nets) {
        this(index, flavour, nets, "");
    }

    public boolean faulty() {
        return !fault.isEmpty();
    }

    /** The call number the fault fires on (0 when none). */
    public long faultCall() {
        return faulty() ? Long.parseLong(fault.substring(fault.indexOf(' ') + 1)) : 0;
    }

    public boolean isrFault() {
        return fault.startsWith("isr-throw");
    }

    public String path() {
        return "\\_SB.P" + String.format("%03X", index);
    }

    public long base() {
        return 0xFD00_0000L + index * 0x1000L;
    }
}
