package dev.gpioint.bench.board;

import dev.gpioint.drivers.expander.I2cExpanderDriver;
import dev.gpioint.drivers.simgpio.SimGpioDriver;
import dev.gpioint.drivers.simi2c.SimI2cControllerDriver;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.pnp.DeviceNode;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.SignalSink;
import dev.gpioint.sim.SimGpioController;
import dev.gpioint.sim.SimI2cBus;
import dev.gpioint.sim.SimI2cController;
import dev.gpioint.sim.SimI2cGpioExpander;
import java.util.ArrayList;
import java.util.List;

/**
 * A board built for measuring: {@code devices} bench peripherals with {@code pinsPerDevice} interrupt outputs
 * each, every output on its own SimGpio pin (rising edge), on as many SimGpio controllers as the pins need
 * (128 pins each), booted through the PnP manager with the SimGpio client and the {@link BenchDriver}.
 *
 * <p>Each controller's four bank interrupts go to primary lines. The HAL has 160 vectors: up to 40
 * controllers get a line per bank; beyond that (the 10,000-pin scale boards) banks 0 and 1, and banks 2 and 3,
 * of a controller share a line (Sharing.SHARED, level), which costs a pin in an odd bank one extra bank ISR
 * that finds nothing. {@link Layout#sharedBankLines} forces that wiring on small boards too, so scale shapes
 * compare like with like.
 *
 * <p>With {@link Layout#expander} the devices' pins are instead on a SimGpio_I2C-style expander (16 pins,
 * reached only over a simulated I2C controller, so its interrupts are handled at PASSIVE_LEVEL) whose active-low
 * level interrupt output is pin {@value #EXPANDER_INT_PIN} of one SimGpio controller: the cascade.
 *
 * <p>Output {@code j} of device {@code d} is global pin {@code d * pinsPerDevice + j}: controller
 * {@code g / 128}, pin {@code g % 128}. Device and line lists follow that order.
 */
public final class BenchBoard implements AutoCloseable {
    /** The largest number of controllers that each get four lines of their own. */
    public static final int MAX_CONTROLLERS_WITH_OWN_LINES = 40;
    private static final long GPIO_BASE = 0xE000_0000L;
    private static final long GPIO_STRIDE = 0x1000;
    private static final long PERIPHERAL_BASE = 0x8000_0000L;
    private static final long PERIPHERAL_STRIDE = 0x1_0000;
    private static final long FIRST_GSIV = 32;
    private static final long I2C_BASE = 0xD000_0000L;
    private static final int EXPANDER_ADDRESS = 0x20;
    static final int EXPANDER_INT_PIN = 10;

    /** What to build. */
    public record Layout(int devices, int pinsPerDevice, boolean passive, boolean stamped, boolean sharedBankLines,
                         boolean expander) {
        public Layout {
            if (devices < 1 || pinsPerDevice < 1 || PERIPHERAL_STRIDE < BenchPeripheral.registerBytes(pinsPerDevice)) {
                throw new IllegalArgumentException("bad layout " + devices + " x " + pinsPerDevice);
            }
            if (expander && (!passive || devices * pinsPerDevice > SimI2cGpioExpander.BANKS * SimI2cGpioExpander.PINS_PER_BANK)) {
                throw new IllegalArgumentException("expander pins need passive ISRs, and there are 16 of them");
            }
        }

        /** {@code devices} devices with {@code pinsPerDevice} pins each, DIRQL ISRs, unstamped, a line per bank. */
        public static Layout of(int devices, int pinsPerDevice) {
            return new Layout(devices, pinsPerDevice, false, false, false, false);
        }

        public Layout passive(boolean value) {
            return new Layout(devices, pinsPerDevice, value, stamped, sharedBankLines, expander);
        }

        public Layout stamped(boolean value) {
            return new Layout(devices, pinsPerDevice, passive, value, sharedBankLines, expander);
        }

        public Layout sharedBankLines(boolean value) {
            return new Layout(devices, pinsPerDevice, passive, stamped, value, expander);
        }

        /** Pins on the I2C expander behind SoC pin 10 (implies passive ISRs). */
        public Layout expander(boolean value) {
            return new Layout(devices, pinsPerDevice, passive || value, stamped, sharedBankLines, value);
        }

        public int pins() {
            return devices * pinsPerDevice;
        }

        public int controllers() {
            return expander ? 1 : (pins() + SimGpioController.TOTAL_PINS - 1) / SimGpioController.TOTAL_PINS;
        }

        boolean shareLines() {
            return sharedBankLines || controllers() > MAX_CONTROLLERS_WITH_OWN_LINES;
        }
    }

    public final Machine machine;
    public final PnpManager pnp;
    public final Layout layout;
    private final List<SimGpioController> controllers = new ArrayList<>();
    private final List<BenchPeripheral> peripherals = new ArrayList<>();
    private final List<BenchLine> lines = new ArrayList<>();

    private BenchBoard(Machine machine, Layout layout) {
        this.machine = machine;
        this.layout = layout;
        for (int c = 0; c < layout.controllers(); c++) {
            controllers.add(new SimGpioController(machine, "simgpio" + c, GPIO_BASE + c * GPIO_STRIDE, bankGsivs(layout, c)));
        }
        SimI2cGpioExpander expander = null;
        if (layout.expander()) {
            var bus = new SimI2cBus(machine);
            new SimI2cController(machine, "i2c", I2C_BASE, bus);
            expander = new SimI2cGpioExpander(bus, EXPANDER_ADDRESS, controllers.getFirst().pinInput(EXPANDER_INT_PIN));
        }
        for (int d = 0; d < layout.devices(); d++) {
            var outputs = new SignalSink[layout.pinsPerDevice()];
            for (int j = 0; j < outputs.length; j++) {
                int g = d * layout.pinsPerDevice() + j;
                outputs[j] = expander != null ? expander.pinInput(g)
                        : controllers.get(g / SimGpioController.TOTAL_PINS).pinInput(g % SimGpioController.TOTAL_PINS);
            }
            peripherals.add(new BenchPeripheral(machine, "bench" + d, PERIPHERAL_BASE + d * PERIPHERAL_STRIDE, outputs));
        }
        this.pnp = new PnpManager(machine, firmware(layout),
                DriverCatalog.of(new SimGpioDriver(), new SimI2cControllerDriver(), new I2cExpanderDriver(),
                        new BenchDriver(layout.passive(), layout.stamped())));
    }

    /** Builds the board on a new machine, starts every device and checks they all started. */
    public static BenchBoard boot(MachineOptions options, Layout layout) {
        var board = new BenchBoard(Machine.create(options), layout);
        try {
            board.pnp.startAll();
            board.machine.runUntilIdle();
            for (DeviceNode node : board.pnp.devices()) {
                if (node.state() != DeviceState.STARTED) {
                    throw new IllegalStateException("bench board did not boot: " + node);
                }
                node.driverObject().ifPresent(o -> {
                    if (o instanceof BenchDevice device) {
                        board.lines.addAll(device.lines());
                    }
                });
            }
        } catch (RuntimeException e) {
            board.close();
            throw e;
        }
        return board;
    }

    private static List<Long> bankGsivs(Layout layout, int controller) {
        if (layout.shareLines()) {
            long a = FIRST_GSIV + 2L * controller;
            return List.of(a, a, a + 1, a + 1);
        }
        long first = FIRST_GSIV + 4L * controller;
        return List.of(first, first + 1, first + 2, first + 3);
    }

    static String controllerPath(int c) {
        return "\\_SB.G%03d".formatted(c);
    }

    static String devicePath(int d) {
        return "\\_SB.D%03d".formatted(d);
    }

    /** The board's firmware, as an ASL file would describe it. */
    public static Firmware firmware(Layout layout) {
        var board = BoardBuilder.named("bench-board-" + layout.devices() + "x" + layout.pinsPerDevice());
        Sharing sharing = layout.shareLines() ? Sharing.SHARED : Sharing.EXCLUSIVE;
        for (int c = 0; c < layout.controllers(); c++) {
            int controller = c;
            board.device(controllerPath(c), d -> {
                d.hid(SimGpioDriver.HARDWARE_ID).uid(Integer.toString(controller)).memory32Fixed(GPIO_BASE + controller * GPIO_STRIDE, 0x100);
                for (long gsiv : bankGsivs(layout, controller)) {
                    d.interrupt(gsiv, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, sharing, false);
                }
            });
        }
        if (layout.expander()) {
            board.device("\\_SB.I2C1", d -> d.hid(SimI2cControllerDriver.HARDWARE_ID).uid("1").memory32Fixed(I2C_BASE, SimI2cController.SIZE));
            board.device("\\_SB.GPX0", d -> d.hid(I2cExpanderDriver.HARDWARE_ID).uid("0")
                    .i2c("\\_SB.I2C1", EXPANDER_ADDRESS, 400_000)
                    .gpioInt(controllerPath(0), EXPANDER_INT_PIN, InterruptMode.LEVEL, Polarity.ACTIVE_LOW));
        }
        for (int dev = 0; dev < layout.devices(); dev++) {
            int device = dev;
            board.device(devicePath(dev), d -> {
                d.hid(BenchDriver.HARDWARE_ID).uid(Integer.toString(device))
                        .memory32Fixed(PERIPHERAL_BASE + device * PERIPHERAL_STRIDE, BenchPeripheral.registerBytes(layout.pinsPerDevice()));
                for (int j = 0; j < layout.pinsPerDevice(); j++) {
                    int g = device * layout.pinsPerDevice() + j;
                    if (layout.expander()) {
                        d.gpioInt("\\_SB.GPX0", g, InterruptMode.EDGE, Polarity.ACTIVE_HIGH);
                    } else {
                        d.gpioInt(controllerPath(g / SimGpioController.TOTAL_PINS), g % SimGpioController.TOTAL_PINS,
                                InterruptMode.EDGE, Polarity.ACTIVE_HIGH);
                    }
                }
            });
        }
        return board.build();
    }

    public List<BenchPeripheral> peripherals() {
        return peripherals;
    }

    /** Every line, in global pin order. */
    public List<BenchLine> lines() {
        return lines;
    }

    /** Events claimed by ISRs on every line. */
    public long claimedTotal() {
        long sum = 0;
        for (BenchLine line : lines) {
            sum += line.claimed();
        }
        return sum;
    }

    /** Events handled by DPCs or work items on every line. */
    public long handledTotal() {
        long sum = 0;
        for (BenchLine line : lines) {
            sum += line.handled();
        }
        return sum;
    }

    @Override
    public void close() {
        machine.close();
    }
}
