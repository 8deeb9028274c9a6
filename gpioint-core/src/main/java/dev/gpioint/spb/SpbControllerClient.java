package dev.gpioint.spb;

import dev.gpioint.resource.ResourceList;
import dev.gpioint.wdf.WdfDevice;

/**
 * What an SPB (I2C) controller driver gives the SPB class extension: prepare the hardware, and perform one
 * transfer to a target address. Called at PASSIVE_LEVEL, serialized by the extension (one transfer at a time
 * per controller).
 */
public interface SpbControllerClient {
    /** Maps registers; called from prepare-hardware. */
    void prepare(WdfDevice device, ResourceList raw, ResourceList translated);

    /** Releases what prepare took. */
    default void release() {
    }

    /**
     * Writes {@code writeLength} bytes then reads {@code readLength} bytes at {@code address} (either may be 0).
     * Returns false when the target did not acknowledge.
     */
    boolean transfer(int address, byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset, int readLength);
}
