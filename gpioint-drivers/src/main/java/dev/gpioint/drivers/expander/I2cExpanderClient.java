package dev.gpioint.drivers.expander;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.gpio.ControllerAttributes;
import dev.gpioint.gpio.ControllerBasicInformation;
import dev.gpioint.gpio.GpioControllerClient;
import dev.gpioint.gpio.GpioInterruptParameters;
import dev.gpioint.resource.ConnectionType;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.spb.SpbTarget;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;

/**
 * The controller client for an I2C GPIO expander (2 banks x 8 pins, byte registers; SimGpio_I2C-like): every
 * register access is an I2C transfer, so the controller is declared not memory-mapped and the class extension
 * calls everything at PASSIVE_LEVEL. Like its model it needs exactly one interrupt and one I2C connection, and
 * leaves ActiveBoth to the extension's emulation. Buffers are allocated once, so register access allocates
 * nothing.
 */
final class I2cExpanderClient implements GpioControllerClient {
    private static final int BANKS = 2;
    private static final int PINS_PER_BANK = 8;
    private static final int MODE = 0;
    private static final int POLARITY = 1;
    private static final int ENABLE = 2;
    private static final int MASK = 3;
    private static final int STATUS = 4;
    private static final int CLEAR = 5;
    private static final int LEVEL = 6;
    private static final int OUTPUT = 7;

    private final byte[] command = new byte[2];
    private final byte[] reply = new byte[1];
    private SpbTarget target;

    @Override
    public void prepareController(WdfDevice device, ResourceList raw, ResourceList translated) {
        long connection = -1;
        int interrupts = 0;
        for (ResourceDescriptor descriptor : translated) {
            if (descriptor.isInterrupt()) {
                interrupts++;
            } else if (descriptor.data() instanceof dev.gpioint.resource.ResourceData.ConnectionData c && c.type() == ConnectionType.SERIAL_I2C) {
                connection = c.id();
            }
        }
        if (interrupts != 1 || connection < 0) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path()
                    + ": the I2C expander needs exactly one interrupt and one I2C connection (it has " + interrupts + " interrupts"
                    + (connection < 0 ? " and no I2C connection)" : ")"));
        }
        target = device.openSpbConnection(connection);
    }

    @Override
    public void releaseController() {
        if (target != null) {
            target.close();
            target = null;
        }
    }

    @Override
    public void startController(boolean restoreContext, DevicePowerState previous) {
        if (!restoreContext) {
            for (int bank = 0; bank < BANKS; bank++) {
                write(bank, ENABLE, 0);
                write(bank, CLEAR, 0xFF);
            }
        }
    }

    @Override
    public ControllerBasicInformation queryControllerBasicInformation() {
        return new ControllerBasicInformation(BANKS * PINS_PER_BANK, PINS_PER_BANK,
                new ControllerAttributes(false, false, true, false, false, false, true, false));
    }

    @Override
    public void enableInterrupt(GpioInterruptParameters p) {
        if (p.polarity() == Polarity.ACTIVE_BOTH) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "the expander relies on ActiveBoth emulation");
        }
        program(p.bank(), p.pin(), p.mode(), p.polarity());
        int bit = 1 << p.pin();
        write(p.bank(), CLEAR, bit);
        write(p.bank(), MASK, read(p.bank(), MASK) & ~bit);
        write(p.bank(), ENABLE, read(p.bank(), ENABLE) | bit);
    }

    @Override
    public void disableInterrupt(int bank, int pin) {
        write(bank, ENABLE, read(bank, ENABLE) & ~(1 << pin));
    }

    @Override
    public long maskInterrupts(int bank, long pinMask) {
        write(bank, MASK, read(bank, MASK) | (int) pinMask);
        return 0;
    }

    @Override
    public void unmaskInterrupt(GpioInterruptParameters p) {
        write(p.bank(), MASK, read(p.bank(), MASK) & ~(1 << p.pin()));
    }

    @Override
    public long queryActiveInterrupts(int bank, long enabledMask) {
        return read(bank, STATUS) & enabledMask;
    }

    @Override
    public long clearActiveInterrupts(int bank, long clearMask) {
        write(bank, CLEAR, (int) clearMask);
        return 0;
    }

    @Override
    public boolean supportsQueryEnabledInterrupts() {
        return true;
    }

    @Override
    public long queryEnabledInterrupts(int bank) {
        return read(bank, ENABLE);
    }

    @Override
    public void reconfigureInterrupt(int bank, int pin, InterruptMode mode, Polarity polarity) {
        program(bank, pin, mode, polarity);
        write(bank, CLEAR, 1 << pin);
    }

    @Override
    public long readGpioPins(int bank) {
        return read(bank, LEVEL);
    }

    @Override
    public void writeGpioPins(int bank, long setMask, long clearMask) {
        write(bank, OUTPUT, (read(bank, OUTPUT) | (int) setMask) & ~(int) clearMask);
    }

    private void program(int bank, int pin, InterruptMode mode, Polarity polarity) {
        int bit = 1 << pin;
        int modes = read(bank, MODE);
        write(bank, MODE, mode == InterruptMode.EDGE ? modes | bit : modes & ~bit);
        int polarities = read(bank, POLARITY);
        write(bank, POLARITY, polarity == Polarity.ACTIVE_LOW ? polarities | bit : polarities & ~bit);
    }

    private int read(int bank, int register) {
        command[0] = (byte) (bank * 0x10 + register);
        target.writeRead(command, 0, 1, reply, 0, 1);
        return reply[0] & 0xFF;
    }

    private void write(int bank, int register, int value) {
        command[0] = (byte) (bank * 0x10 + register);
        command[1] = (byte) value;
        target.write(command, 0, 2);
    }
}
