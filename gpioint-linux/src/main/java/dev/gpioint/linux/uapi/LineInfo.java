package dev.gpioint.linux.uapi;

/**
 * What {@code GPIO_V2_GET_LINEINFO_IOCTL} says about one line: its name and consumer (empty when unset), whether
 * it is in use, and its current settings (debounce included, from the DEBOUNCE attribute).
 */
public record LineInfo(int offset, String name, String consumer, boolean used, LineSettings settings) {
}
