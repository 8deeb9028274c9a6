package dev.gpioint.linux.client;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.gpio.ControllerAttributes;
import dev.gpioint.gpio.ControllerBasicInformation;
import dev.gpioint.gpio.GpioControllerClient;
import dev.gpioint.gpio.GpioInterruptParameters;
import dev.gpioint.kernel.InterruptLine;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.linux.uapi.LinuxGpioException;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A GPIO controller client whose hardware is a Linux gpiochip. Its bank interrupt is the primary line its
 * firmware {@code Interrupt()} names (a virtual line: nothing else drives it); the chip's event thread latches
 * edges in an {@link InterruptLatch} that drives that line, and the class extension queries, clears, masks and
 * unmasks the latch exactly as it does SimGpio's registers, so drivers get their ISRs through the same path.
 *
 * <p>Each enabled pin is one line request with the pin's edge, bias and debounce ({@link PinSettings}).
 * Level pins are emulated from both edges plus a value read whenever the class extension asks whether they
 * are active. It reports itself memory mapped: the query, clear and mask operations touch only the latch
 * (memory), so they are safe at DIRQL; enable and disable (the ioctls) run at PASSIVE as GpioClx promises.
 *
 * <p>Lost events (kernel queue overflows) and a vanished chip are written to the machine's event log, naming
 * chip and line. A vanished chip stops its pins' interrupts and fails the controller device (WdfDeviceSetFailed)
 * with the same reason; its consumers let go of their pins cleanly and nothing else is touched.
 */
public final class GpiochipClient implements GpioControllerClient {
    private static final String CONSUMER = "gpioint";
    private final Machine machine;
    private final ChipBindings bindings;
    private final Function<String, ChipBackend> opener;
    private final AtomicLong lost = new AtomicLong();
    private NamePath path;
    private WdfDevice device;
    private ChipBackend chip;
    private InterruptLatch latch;
    private ChipBackend.PinHandle[] pins = new ChipBackend.PinHandle[0];
    private int lines;

    GpiochipClient(Machine machine, ChipBindings bindings, Function<String, ChipBackend> opener) {
        this.machine = machine;
        this.bindings = bindings;
        this.opener = opener;
    }

    @Override
    public void prepareController(WdfDevice device, ResourceList raw, ResourceList translated) {
        path = device.path();
        this.device = device;
        String spec = bindings.chipFor(path).orElseThrow(() -> new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR,
                path + ": no gpiochip is bound to this controller; give it the _DSD property \"" + ChipBindings.PROPERTY
                        + "\" or bind it on the command line (" + path + "=gpio-sim.0-node0)"));
        long gsiv = -1;
        for (ResourceDescriptor descriptor : raw) {
            if (descriptor.isInterrupt()) {
                gsiv = Integer.toUnsignedLong(descriptor.asInterrupt().vector());
                break;
            }
        }
        if (gsiv < 0) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, path + ": a gpiochip controller needs one Interrupt() "
                    + "resource, the virtual bank line its event thread drives");
        }
        try {
            chip = opener.apply(spec);
        } catch (LinuxGpioException e) {
            throw new NtStatusException(NtStatus.NO_SUCH_DEVICE, path + ": " + e.getMessage());
        }
        lines = chip.info().lines();
        if (lines < 1) {
            chip.close();
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, path + ": " + chip.label() + " has no lines");
        }
        InterruptLine line = machine.interrupts().line(gsiv);
        pins = new ChipBackend.PinHandle[lines];
        latch = new InterruptLatch(lines, line::drive, this::readLevel);
        chip.start(new Sink());
    }

    private boolean readLevel(int pin) {
        ChipBackend.PinHandle handle = pins[pin];
        return handle != null && handle.value();
    }

    /** Edges from the chip's event thread. */
    private final class Sink implements ChipBackend.EdgeSink {
        @Override
        public void edge(int offset, boolean rising, long timestampNs, long lostBefore) {
            if (lostBefore != 0) {
                lost.addAndGet(lostBefore);
                machine.log().add(path.toString(), MachineEvent.Kind.FAILURE, chip.label() + " line " + offset + ": the kernel dropped "
                        + lostBefore + " edge event(s) (its queue overflowed); the oldest were lost");
            }
            latch.edge(offset, rising);
        }

        @Override
        public void chipGone(String reason) {
            latch.die();
            machine.log().add(path.toString(), MachineEvent.Kind.FAILURE, reason);
            device.setFailed("the GPIO chip went away: " + reason);
        }
    }

    @Override
    public void releaseController() {
        if (chip != null) {
            chip.close();
            chip = null;
        }
    }

    @Override
    public void startController(boolean restoreContext, DevicePowerState previous) {
        // Nothing to clean: a line request starts with no queued events and no interrupt enabled.
    }

    @Override
    public ControllerBasicInformation queryControllerBasicInformation() {
        return new ControllerBasicInformation(lines, Math.min(lines, InterruptLatch.PINS_PER_BANK), ControllerAttributes.memoryMappedController());
    }

    private int pinNumber(int bank, int pin) {
        return bank * InterruptLatch.PINS_PER_BANK + pin;
    }

    @Override
    public void enableInterrupt(GpioInterruptParameters p) {
        int pin = pinNumber(p.bank(), p.pin());
        if (latch.isDead()) {
            throw new NtStatusException(NtStatus.NO_SUCH_DEVICE, path + ": " + chip.label() + " is gone; line " + pin + " cannot interrupt");
        }
        ChipBackend.PinHandle handle;
        try {
            handle = chip.open(pin, PinSettings.of(p), CONSUMER);
        } catch (LinuxGpioException e) {
            NtStatus status = switch (e.errno()) {
                case dev.gpioint.linux.uapi.Errno.EBUSY -> NtStatus.SHARING_VIOLATION;
                case dev.gpioint.linux.uapi.Errno.EACCES, dev.gpioint.linux.uapi.Errno.EPERM -> NtStatus.ACCESS_DENIED;
                case dev.gpioint.linux.uapi.Errno.ENODEV -> NtStatus.NO_SUCH_DEVICE;
                default -> NtStatus.IO_DEVICE_ERROR;
            };
            throw new NtStatusException(status, path + ": " + e.getMessage());
        }
        pins[pin] = handle;
        boolean level = p.mode() == InterruptMode.LEVEL;
        // A level line already asserted when it is connected must interrupt now, as a real level would.
        boolean current = level && handle.value();
        latch.enable(pin, level, PinSettings.assertedHigh(p.polarity()), current);
    }

    @Override
    public void disableInterrupt(int bank, int pin) {
        int number = pinNumber(bank, pin);
        latch.disable(number);
        ChipBackend.PinHandle handle = pins[number];
        pins[number] = null;
        if (handle != null) {
            handle.close();
        }
    }

    @Override
    public long maskInterrupts(int bank, long pinMask) {
        latch.mask(bank, pinMask);
        return 0;
    }

    @Override
    public void unmaskInterrupt(GpioInterruptParameters p) {
        latch.unmask(pinNumber(p.bank(), p.pin()));
    }

    @Override
    public long queryActiveInterrupts(int bank, long enabledMask) {
        return latch.active(bank, enabledMask);
    }

    @Override
    public long clearActiveInterrupts(int bank, long clearMask) {
        latch.clear(bank, clearMask);
        return 0;
    }

    @Override
    public boolean supportsQueryEnabledInterrupts() {
        return true;
    }

    @Override
    public long queryEnabledInterrupts(int bank) {
        return latch.enabled(bank);
    }

    @Override
    public long readGpioPins(int bank) {
        long bits = 0;
        for (int i = 0; i < InterruptLatch.PINS_PER_BANK; i++) {
            int pin = pinNumber(bank, i);
            if (pin < pins.length && readLevel(pin)) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** The chip this client drives, as messages name it; empty before prepare. */
    public String chipLabel() {
        return chip == null ? "" : chip.label();
    }

    /** Edges delivered to enabled pins. */
    public long edges() {
        return latch == null ? 0 : latch.edges();
    }

    /** Edge events the kernel dropped (sequence gaps), over all pins. */
    public long lostEvents() {
        return lost.get();
    }

    /** True once the chip went away. */
    public boolean chipGone() {
        return latch != null && latch.isDead();
    }
}
