package dev.gpioint.spb;

import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;

/**
 * What an SPB controller driver (I2C or SPI) gives the SPB class extension: prepare the hardware, accept or refuse
 * a target when a peripheral driver opens its connection, and perform transfers. Called at PASSIVE_LEVEL,
 * serialized by the extension (one transfer at a time per controller). A client implements the transfer of its
 * bus; the other one is refused with STATUS_NOT_SUPPORTED.
 */
public interface SpbControllerClient {
    /** Maps registers and creates the controller's own interrupts; called from prepare-hardware. */
    void prepare(WdfDevice device, ResourceList raw, ResourceList translated);

    /** Releases what prepare took. */
    default void release() {
    }

    /**
     * {@code EvtSpbTargetConnect}: checks that this controller can reach the target {@code connection} describes (an
     * {@link I2cSerialBus} or {@link SpiSerialBus}, what {@code SpbTargetGetConnectionParameters} gives) and throws
     * {@link NtStatusException} saying what it cannot do; the extension adds which connection and device it was.
     * The default serves I2C connections only.
     */
    default void connectTarget(FirmwareResource connection) {
        if (!(connection instanceof I2cSerialBus)) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "it is an I2C controller, and a " + connection.kind()
                    + " needs another bus");
        }
    }

    /**
     * I2C: writes {@code writeLength} bytes then reads {@code readLength} bytes at {@code address} (either may be 0),
     * with a repeated start between them. Returns false when the target did not acknowledge.
     */
    default boolean transfer(int address, byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset, int readLength) {
        throw new NtStatusException(NtStatus.NOT_SUPPORTED, "this controller has no I2C transfers");
    }

    /**
     * SPI: one transfer with the target's chip select asserted throughout, at its clock, mode and word size. In sequence
     * ({@code fullDuplex} false) it writes {@code writeLength} bytes, then reads {@code readLength} bytes while writing
     * zeros ({@code IOCTL_SPB_EXECUTE_SEQUENCE} with a write and a read). Full duplex ({@code IOCTL_SPB_FULL_DUPLEX}) it
     * clocks {@code max(writeLength, readLength)} bytes, the first byte written as the first is read: zeros are written
     * once the write buffer is done, and what arrives once the read buffer is full is dropped. The extension has
     * checked the lengths against the word size. SPI has no acknowledge: a chip select with nothing behind it reads
     * whatever the data-in line floats to.
     */
    default void spiTransfer(SpiSerialBus target, byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset,
                             int readLength, boolean fullDuplex) {
        throw new NtStatusException(NtStatus.NOT_SUPPORTED, "this controller has no SPI transfers");
    }
}
