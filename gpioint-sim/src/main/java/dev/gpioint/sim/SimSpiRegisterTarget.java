package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.kernel.Machine;

/**
 * A generic SPI register device, the stand-in for SPI peripherals gpioint does not model: 128 byte registers behind
 * a command byte, as many SPI sensors and converters have. The first byte of a transfer is the command: bit 7 set
 * reads, clear writes, bits 0-6 the first register; each following byte writes the next register, or (reading) is
 * answered with it, the address wrapping at 128. While the command byte is clocked in the device shifts out
 * {@link #STATUS_BYTE}. Register 0 holds its ID and ignores writes. It follows one SPI mode, up to a maximum clock.
 */
public final class SimSpiRegisterTarget implements SpiTarget {
    public static final int REGISTERS = 128;
    public static final int READ = 0x80;
    /** What the device shifts out during the command byte. */
    public static final int STATUS_BYTE = 0x00;

    private final int mode;
    private final long maxClockHz;
    private final byte[] registers = new byte[REGISTERS];
    private final HardwareLock lock;
    private boolean commandNext;
    private boolean reading;
    private int address;
    private long transfers;

    public SimSpiRegisterTarget(Machine machine, int id, int mode, long maxClockHz) {
        this.lock = new HardwareLock(machine);
        this.mode = mode;
        this.maxClockHz = maxClockHz;
        registers[0] = (byte) id;
    }

    @Override
    public boolean select(long clockHz, int selectedMode, int wordBits) {
        lock.lock();
        try {
            commandNext = true;
            return selectedMode == mode && clockHz <= maxClockHz;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int exchange(int mosi) {
        lock.lock();
        try {
            if (commandNext) {
                commandNext = false;
                reading = (mosi & READ) != 0;
                address = mosi & (REGISTERS - 1);
                return STATUS_BYTE;
            }
            int at = address;
            address = (address + 1) % REGISTERS;
            if (reading) {
                return registers[at] & 0xFF;
            }
            if (at != 0) {
                registers[at] = (byte) mosi;
            }
            return STATUS_BYTE;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void deselect() {
        lock.lock();
        try {
            transfers++;
        } finally {
            lock.unlock();
        }
    }

    /** Register {@code index}'s value. */
    public int register(int index) {
        lock.lock();
        try {
            return registers[index] & 0xFF;
        } finally {
            lock.unlock();
        }
    }

    /** Transfers it took part in. */
    public long transfers() {
        lock.lock();
        try {
            return transfers;
        } finally {
            lock.unlock();
        }
    }
}
