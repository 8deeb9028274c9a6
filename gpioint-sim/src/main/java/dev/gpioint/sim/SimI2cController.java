package dev.gpioint.sim;

import dev.gpioint.kernel.Machine;

/**
 * A register-level I2C controller in front of a {@link SimI2cBus}. A driver writes the target address
 * ({@link #TARGET}), the write and read lengths, the bytes to write in the data window ({@link #DATA}, one byte
 * per 32-bit register), then 1 to {@link #CONTROL}; the transfer completes at once and {@link #STATUS} says
 * DONE (bit 0) or NACK (bit 1); read bytes are in the data window.
 */
public final class SimI2cController extends BusControllerRegisters {
    public static final int TARGET = 0x00;
    public static final int WRITE_LENGTH = 0x04;
    public static final int READ_LENGTH = 0x08;
    public static final int CONTROL = 0x0C;
    public static final int STATUS = 0x10;
    public static final int DATA = 0x100;
    public static final int MAX_BYTES = 64;
    public static final int SIZE = DATA + 4 * MAX_BYTES;
    public static final int DONE = 0x1;
    public static final int NACK = 0x2;

    private final SimI2cBus bus;
    private int target;
    private int writeLength;
    private int readLength;
    private int status;

    public SimI2cController(Machine machine, String name, long base, SimI2cBus bus) {
        this(machine, name, base, SIZE, bus);
    }

    /**
     * A controller that decodes {@code decoded} bytes from {@code base} (at least {@link #SIZE}): a real controller's
     * whole register range, so that its driver can map exactly the range its firmware gives.
     */
    public SimI2cController(Machine machine, String name, long base, long decoded, SimI2cBus bus) {
        super(machine, DATA, MAX_BYTES);
        this.bus = bus;
        machine.memory().attach(base, Math.max(SIZE, decoded), this, name);
    }

    public SimI2cBus bus() {
        return bus;
    }

    @Override
    int readRegister(int offset) {
        return switch (offset) {
            case TARGET -> target;
            case WRITE_LENGTH -> writeLength;
            case READ_LENGTH -> readLength;
            case STATUS -> status;
            default -> 0;
        };
    }

    @Override
    void writeRegister(int offset, int value) {
        switch (offset) {
            case TARGET -> target = value & 0x7F;
            case WRITE_LENGTH -> writeLength = data.clampLength(value);
            case READ_LENGTH -> readLength = data.clampLength(value);
            case CONTROL -> {
                if ((value & 1) != 0) {
                    status = bus.transfer(target, data.toSend(), writeLength, data.received(), readLength) ? DONE : DONE | NACK;
                }
            }
            default -> {
                // read-only or unused
            }
        }
    }
}
