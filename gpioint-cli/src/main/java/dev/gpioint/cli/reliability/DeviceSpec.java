package dev.gpioint.cli.reliability;

import java.util.List;

/**
 * One probe device of a generated board: its driver flavour and its interrupt resources in firmware order, each
 * the index of a {@link Net} of the board.
 */
public record DeviceSpec(int index, Flavour flavour, List<Integer> nets) {
    public DeviceSpec {
        nets = List.copyOf(nets);
    }

    public String path() {
        return "\\_SB.P" + String.format("%03X", index);
    }

    public long base() {
        return 0xFD00_0000L + index * 0x1000L;
    }
}
