package dev.gpioint.drivers.simspi;

import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.kernel.RegisterWindow;
import dev.gpioint.resource.InterruptFlags;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.resource.ResourceType;
import dev.gpioint.spb.SpbControllerClient;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;

/**
 * The client for the simulated register-level SPI controller. It reads the controller's shape from its capability
 * registers and refuses, when a peripheral driver opens its connection, a target the hardware cannot reach: a chip
 * select it does not have, a clock above its fastest, a word size or mode it lacks. A transfer programs chip select,
 * mode, word size and clock, loads the bytes to write, starts it and reads the bytes received; the controller's
 * interrupt (its first Interrupt() resource, at DIRQL) reports each completion and its ISR acknowledges it.
 */
final class SimSpiControllerClient implements SpbControllerClient {
    private static final int CHIP_SELECTS = 0x00;
    private static final int MAX_CLOCK = 0x04;
    private static final int WORD_SIZES = 0x08;
    private static final int FEATURES = 0x0C;
    private static final int CONFIG = 0x10;
    private static final int CLOCK = 0x14;
    private static final int WRITE_LENGTH = 0x18;
    private static final int READ_LENGTH = 0x1C;
    private static final int CONTROL = 0x20;
    private static final int STATUS = 0x24;
    private static final int INTERRUPT_ENABLE = 0x28;
    private static final int DATA = 0x100;
    private static final int MAX_BYTES = 256;
    private static final int FEATURE_THREE_WIRE = 1;
    private static final int FEATURE_CS_ACTIVE_HIGH = 1 << 1;
    private static final int CPOL = 1 << 8;
    private static final int CPHA = 1 << 9;
    private static final int CS_ACTIVE_HIGH = 1 << 10;
    private static final int THREE_WIRE = 1 << 11;
    private static final int WORD_BITS_SHIFT = 16;
    private static final int START = 1;
    private static final int FULL_DUPLEX = 1 << 1;
    private static final int DONE = 1;

    private RegisterWindow registers;
    private int chipSelects;
    private long maxClock;
    private int wordSizes;
    private int features;
    private volatile long completions;

    @Override
    public void prepare(WdfDevice device, ResourceList raw, ResourceList translated) {
        int interrupt = -1;
        for (int i = 0; i < translated.size(); i++) {
            ResourceDescriptor descriptor = translated.get(i);
            if (descriptor.type() == ResourceType.MEMORY && registers == null) {
                registers = device.mapIoSpace(descriptor);
            } else if (descriptor.isInterrupt() && interrupt < 0 && (descriptor.flags() & InterruptFlags.SECONDARY_INTERRUPT) == 0) {
                interrupt = i;
            }
        }
        if (registers == null) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path() + ": the SPI controller needs a memory resource");
        }
        chipSelects = registers.read32(CHIP_SELECTS);
        maxClock = Integer.toUnsignedLong(registers.read32(MAX_CLOCK));
        wordSizes = registers.read32(WORD_SIZES);
        features = registers.read32(FEATURES);
        if (chipSelects <= 0 || maxClock == 0 || wordSizes == 0) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path()
                    + ": no SPI controller answers at its memory resource (no chip selects, clock or word sizes)");
        }
        if (interrupt >= 0) {
            device.createInterrupt(WdfInterruptConfig.init(this::isr, null)
                    .interruptRaw(raw.get(interrupt)).interruptTranslated(translated.get(interrupt)));
            registers.write32(INTERRUPT_ENABLE, DONE);
        }
    }

    @Override
    public void release() {
        registers = null;
    }

    @Override
    public void connectTarget(FirmwareResource connection) {
        if (!(connection instanceof SpiSerialBus spi)) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "it is an SPI controller, and a " + connection.kind() + " needs another bus");
        }
        if (spi.deviceSelection() >= chipSelects) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "chip select " + spi.deviceSelection() + " is beyond its "
                    + chipSelects + " chip select" + (chipSelects == 1 ? " (0)" : "s (0 to " + (chipSelects - 1) + ")"));
        }
        if (spi.speedHz() == 0) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "a clock of 0 Hz moves nothing");
        }
        if (spi.speedHz() > maxClock) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, spi.speedHz() + " Hz is above its fastest clock, " + maxClock + " Hz");
        }
        if (spi.dataBitLength() > 32 || (wordSizes & (1 << (spi.dataBitLength() - 1))) == 0) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, spi.dataBitLength() + "-bit words: it supports "
                    + (Integer.numberOfTrailingZeros(wordSizes) + 1) + " to " + (32 - Integer.numberOfLeadingZeros(wordSizes)) + " bits");
        }
        if (!spi.fourWire() && (features & FEATURE_THREE_WIRE) == 0) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "it has no three-wire mode");
        }
        if (spi.chipSelectActiveHigh() && (features & FEATURE_CS_ACTIVE_HIGH) == 0) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "its chip selects are active low only");
        }
    }

    @Override
    public void spiTransfer(SpiSerialBus target, byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset,
                            int readLength, boolean fullDuplex) {
        if (writeLength > MAX_BYTES || readLength > MAX_BYTES) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "a transfer moves at most " + MAX_BYTES + " bytes each way, not "
                    + writeLength + " out and " + readLength + " in");
        }
        int config = target.deviceSelection() | (target.clockPolarityHigh() ? CPOL : 0) | (target.clockPhaseSecond() ? CPHA : 0)
                | (target.chipSelectActiveHigh() ? CS_ACTIVE_HIGH : 0) | (target.fourWire() ? 0 : THREE_WIRE)
                | (target.dataBitLength() - 1) << WORD_BITS_SHIFT;
        registers.write32(CONFIG, config);
        registers.write32(CLOCK, (int) target.speedHz());
        registers.write32(WRITE_LENGTH, writeLength);
        registers.write32(READ_LENGTH, readLength);
        for (int i = 0; i < writeLength; i++) {
            registers.write32(DATA + 4L * i, write[writeOffset + i] & 0xFF);
        }
        registers.write32(CONTROL, START | (fullDuplex ? FULL_DUPLEX : 0));
        for (int i = 0; i < readLength; i++) {
            read[readOffset + i] = (byte) registers.read32(DATA + 4L * i);
        }
    }

    /** The completion interrupt: acknowledges DONE. At DIRQL; allocates nothing. */
    private boolean isr(WdfInterrupt interrupt, int messageId) {
        if ((registers.read32(STATUS) & DONE) == 0) {
            return false;
        }
        registers.write32(STATUS, DONE);
        completions++;
        return true;
    }

    /** Completions the ISR acknowledged (several back-to-back transfers may share one interrupt). */
    long completions() {
        return completions;
    }
}
