package dev.gpioint.linux.selftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Creates gpio-sim chips through configfs (as libgpiod's test helper does) and drives their lines' pulls,
 * which is how a simulated line gets an edge. Needs root, configfs mounted at /sys/kernel/config and a kernel
 * with CONFIG_GPIO_SIM.
 */
final class GpioSim implements AutoCloseable {
    private static final Path CONFIGFS = Path.of("/sys/kernel/config/gpio-sim");
    private final Path device;
    private final Path bank;
    final String devName;
    final String chipName;
    private boolean live;

    private GpioSim(Path device, Path bank, String devName, String chipName) {
        this.device = device;
        this.bank = bank;
        this.devName = devName;
        this.chipName = chipName;
        this.live = true;
    }

    /** A live chip named {@code name} with {@code lines} lines. */
    static GpioSim create(String name, int lines) {
        Path device = CONFIGFS.resolve(name);
        Path bank = device.resolve("bank0");
        try {
            Files.createDirectories(bank);
            Files.writeString(bank.resolve("num_lines"), Integer.toString(lines));
            Files.writeString(device.resolve("live"), "1");
            return new GpioSim(device, bank, Files.readString(device.resolve("dev_name")).strip(),
                    Files.readString(bank.resolve("chip_name")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create gpio-sim chip " + name + " (CONFIG_GPIO_SIM, configfs?)", e);
        }
    }

    String path() {
        return "/dev/" + chipName;
    }

    /** Pulls line {@code offset} up or down: an edge if a request watches it. */
    void pull(int offset, boolean up) {
        try {
            Files.writeString(Path.of("/sys/devices/platform", devName, chipName, "sim_gpio" + offset, "pull"), up ? "pull-up" : "pull-down");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The simulated line's value as the chip sees it. */
    boolean value(int offset) {
        try {
            return Files.readString(Path.of("/sys/devices/platform", devName, chipName, "sim_gpio" + offset, "value")).strip().equals("1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unplugs the chip (live = 0): requests see a hang-up and ENODEV. */
    void unplug() {
        if (live) {
            try {
                Files.writeString(device.resolve("live"), "0");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            live = false;
        }
    }

    @Override
    public void close() {
        unplug();
        try {
            Files.deleteIfExists(bank);
            Files.deleteIfExists(device);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
