package dev.gpioint.linux.uapi;

/**
 * What {@code GPIO_GET_CHIPINFO_IOCTL} says about a chip.
 *
 * @param path  the character device it was read from, e.g. {@code /dev/gpiochip0}
 * @param name  the kernel's chip name, e.g. {@code gpiochip0}
 * @param label the driver's label, e.g. {@code gpio-sim.0-node0}
 * @param lines number of lines
 */
public record ChipInfo(String path, String name, String label, int lines) {
}
