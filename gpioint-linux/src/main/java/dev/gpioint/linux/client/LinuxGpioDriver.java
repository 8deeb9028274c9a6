package dev.gpioint.linux.client;

import dev.gpioint.gpio.GpioClientDriver;
import dev.gpioint.gpio.GpioControllerClient;
import dev.gpioint.kernel.Machine;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The GPIO controller driver for controllers backed by Linux gpiochips. It serves {@value #HARDWARE_ID} and any
 * further hardware IDs it is given (so a board written for another controller can run on a real chip), and
 * gives each controller device a {@link GpiochipClient} bound to the chip {@link ChipBindings} names for it.
 * Put it first in a catalog to win over a simulated controller's driver for the same IDs.
 */
public final class LinuxGpioDriver implements GpioClientDriver {
    /** The hardware ID of a controller that is a Linux gpiochip. */
    public static final String HARDWARE_ID = "GPLX0001";

    private final Machine machine;
    private final ChipBindings bindings;
    private final Function<String, ChipBackend> opener;
    private final List<String> hardwareIds;
    private final List<GpiochipClient> clients = new CopyOnWriteArrayList<>();

    /** Real chips from {@code /dev}. */
    public LinuxGpioDriver(Machine machine, ChipBindings bindings, List<String> extraHardwareIds) {
        this(machine, bindings, GpiochipBackend::open, extraHardwareIds);
    }

    /** Chips from {@code opener} (tests give a fake chip). */
    public LinuxGpioDriver(Machine machine, ChipBindings bindings, Function<String, ChipBackend> opener, List<String> extraHardwareIds) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.bindings = Objects.requireNonNull(bindings, "bindings");
        this.opener = Objects.requireNonNull(opener, "opener");
        var ids = new java.util.ArrayList<String>();
        ids.add(HARDWARE_ID);
        extraHardwareIds.stream().filter(id -> !id.equalsIgnoreCase(HARDWARE_ID)).forEach(ids::add);
        this.hardwareIds = List.copyOf(ids);
    }

    @Override
    public String name() {
        return "linux-gpiochip";
    }

    @Override
    public List<String> hardwareIds() {
        return hardwareIds;
    }

    @Override
    public GpioControllerClient newClient() {
        var client = new GpiochipClient(machine, bindings, opener);
        clients.add(client);
        return client;
    }

    /** The clients created so far, one per controller device (for statistics and tests). */
    public List<GpiochipClient> clients() {
        return List.copyOf(clients);
    }
}
