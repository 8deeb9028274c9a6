package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.MemoryRange;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.kernel.Machine;
import dev.gpioint.sim.SignalSink;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.sim.SimI2cBus;
import java.util.List;
import java.util.Map;

/** What a factory may use while building hardware: the machine, and the hardware already built. */
public final class SimBoardContext {
    private final Machine machine;
    private final Map<NamePath, SimulatedDevice> built;
    /** Shared level nets, by the pin or line they drive, so sharers' outputs are wired together. */
    private final Map<String, dev.gpioint.sim.WiredOr> nets = new java.util.HashMap<>();
    /** Above any address a 32-bit Memory32Fixed can name, so bus windows never collide with firmware ranges. */
    private long nextBusWindow = 0x7F_0000_0000L;

    SimBoardContext(Machine machine, Map<NamePath, SimulatedDevice> built) {
        this.machine = machine;
        this.built = built;
    }

    /**
     * A fresh window of {@code length} bytes in the part of physical memory the simulation keeps for registers that
     * real machines reach over a bus the firmware does not describe ({@link BusWindow}); 64 KiB aligned.
     */
    public MemoryRange busWindow(long length) {
        long base = nextBusWindow;
        nextBusWindow += (length + 0xFFFF) & ~0xFFFFL;
        return new MemoryRange(base, length, true);
    }

    public Machine machine() {
        return machine;
    }

    /** The first fixed memory range of {@code device}: where its registers go. */
    public MemoryRange registers(FirmwareDevice device) {
        return device.resources().stream().filter(MemoryRange.class::isInstance).map(MemoryRange.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(device.path() + " has no Memory32Fixed for its registers"));
    }

    /** The interrupt resources of {@code device} (GpioInt and Interrupt), in firmware order. */
    public List<FirmwareResource> interrupts(FirmwareDevice device) {
        return device.resources().stream().filter(r -> r instanceof GpioInt || r instanceof Interrupt).toList();
    }

    /**
     * The interrupts of {@code device} as its driver receives them, in firmware order: each GpioInt, and each GSIV of
     * an Interrupt() (one CM resource per GSIV) as an Interrupt() of that GSIV alone.
     */
    public List<FirmwareResource> interruptOutputs(FirmwareDevice device) {
        return interrupts(device).stream().<FirmwareResource>mapMulti((resource, out) -> {
            if (resource instanceof Interrupt line && line.gsivs().size() > 1) {
                line.gsivs().forEach(gsiv -> out.accept(new Interrupt(List.of(gsiv), line.mode(), line.polarity(), line.sharing(),
                        line.wake(), line.resourceSource())));
            } else {
                out.accept(resource);
            }
        }).toList();
    }

    /** The first I2C connection of {@code device}. */
    public I2cSerialBus i2cConnection(FirmwareDevice device) {
        return device.resources().stream().filter(I2cSerialBus.class::isInstance).map(I2cSerialBus.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(device.path() + " has no I2cSerialBusV2 connection"));
    }

    /** The simulated bus of the I2C controller a connection names. */
    public SimI2cBus i2cBus(I2cSerialBus connection) {
        if (built.get(connection.controller()) instanceof I2cBusSource source) {
            return source.bus();
        }
        throw new IllegalArgumentException("I2cSerialBusV2 names " + connection.controller() + ", which is not a simulated I2C controller");
    }

    /**
     * The output a controller asserts its own interrupt with ({@code drive(true)} asserts): its first Interrupt()
     * resource, as a level output onto that line ({@link #levelOutput}) or, for an edge line, the wire at its polarity;
     * {@link SignalSink#UNCONNECTED} when it has none. The device's other interrupt resources (a UART's RX wake
     * GpioInt) are put at their inactive level, as a pull-up holds them.
     */
    public SignalSink controllerInterrupt(FirmwareDevice device) {
        List<FirmwareResource> interrupts = interrupts(device);
        int primary = -1;
        for (int i = 0; i < interrupts.size(); i++) {
            if (primary < 0 && interrupts.get(i) instanceof Interrupt) {
                primary = i;
                continue;
            }
            try {
                InterruptWires.action(this, device, "release", List.of("interrupt", Integer.toString(i))).run();
            } catch (IllegalArgumentException unreachable) {
                // a controller the simulation does not have: the boot reports it
            }
        }
        if (primary < 0) {
            return SignalSink.UNCONNECTED;
        }
        Interrupt line = (Interrupt) interrupts.get(primary);
        if (line.mode() == dev.gpioint.firmware.InterruptMode.LEVEL) {
            return levelOutput(line);
        }
        SignalSink wire = wire(line);
        boolean assertHigh = line.polarity() != dev.gpioint.firmware.Polarity.ACTIVE_LOW;
        return asserted -> wire.drive(asserted == assertHigh);
    }

    /** The simulated SPI controller a connection names. */
    public RealSpiControllerHardware spiController(dev.gpioint.firmware.SpiSerialBus connection) {
        if (built.get(connection.controller()) instanceof RealSpiControllerHardware controller) {
            return controller;
        }
        throw new IllegalArgumentException("SpiSerialBusV2 names " + connection.controller() + ", which is not a simulated SPI controller");
    }

    /** The simulated UART a connection names. */
    public RealUartControllerHardware uartController(dev.gpioint.firmware.UartSerialBus connection) {
        if (built.get(connection.controller()) instanceof RealUartControllerHardware controller) {
            return controller;
        }
        throw new IllegalArgumentException("UartSerialBusV2 names " + connection.controller() + ", which is not a simulated UART");
    }

    /**
     * An open-drain output onto the level net {@code resource} describes: every device whose level interrupt
     * names the same pin (or line) joins the same {@link dev.gpioint.sim.WiredOr}, asserted at the resource's
     * polarity. {@code drive(true)} on the result asserts this device's output.
     */
    public SignalSink levelOutput(FirmwareResource resource) {
        String key;
        boolean assertHigh;
        switch (resource) {
            case GpioInt gpio -> {
                key = gpio.controller() + "#" + gpio.pin();
                assertHigh = gpio.polarity() != dev.gpioint.firmware.Polarity.ACTIVE_LOW;
            }
            case Interrupt interrupt -> {
                key = "gsiv#" + interrupt.gsivs().getFirst();
                assertHigh = interrupt.polarity() != dev.gpioint.firmware.Polarity.ACTIVE_LOW;
            }
            default -> throw new IllegalArgumentException(resource.kind() + " is not an interrupt");
        }
        SignalSink input = nets.containsKey(key) ? null : wire(resource);
        return nets.computeIfAbsent(key, k -> new dev.gpioint.sim.WiredOr(machine, input, assertHigh)).output();
    }

    /**
     * The wire an output described by {@code resource} drives: the input of a simulated GPIO controller's pin
     * for a GpioInt, the primary interrupt line for an Interrupt().
     */
    public SignalSink wire(FirmwareResource resource) {
        return switch (resource) {
            case GpioInt gpio -> {
                SimulatedDevice controller = built.get(gpio.controller());
                if (!(controller instanceof GpioPinSource pins)) {
                    throw new IllegalArgumentException("GpioInt names " + gpio.controller() + ", which is not a simulated GPIO controller");
                }
                if (gpio.pin() >= pins.pinCount()) {
                    throw new IllegalArgumentException("GpioInt pin " + gpio.pin() + " is beyond " + gpio.controller()
                            + " (" + pins.pinCount() + " pins)");
                }
                yield pins.pinInput(gpio.pin());
            }
            case Interrupt interrupt -> machine.interrupts().line(interrupt.gsivs().getFirst())::drive;
            default -> throw new IllegalArgumentException(resource.kind() + " is not an interrupt");
        };
    }
}
