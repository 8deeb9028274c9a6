package dev.gpioint.drivers.simi2c;

import dev.gpioint.kernel.RegisterWindow;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.resource.ResourceType;
import dev.gpioint.spb.SpbControllerClient;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;

/**
 * The client for the simulated register-level I2C controller: loads the target address, lengths and bytes into
 * its registers, starts the transfer and reads the status and the received bytes back.
 */
final class SimI2cControllerClient implements SpbControllerClient {
    private static final int TARGET = 0x00;
    private static final int WRITE_LENGTH = 0x04;
    private static final int READ_LENGTH = 0x08;
    private static final int CONTROL = 0x0C;
    private static final int STATUS = 0x10;
    private static final int DATA = 0x100;
    private static final int MAX_BYTES = 64;
    private static final int NACK = 0x2;

    private RegisterWindow registers;

    @Override
    public void prepare(WdfDevice device, ResourceList raw, ResourceList translated) {
        for (ResourceDescriptor descriptor : translated) {
            if (descriptor.type() == ResourceType.MEMORY) {
                registers = device.mapIoSpace(descriptor);
                return;
            }
        }
        throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path() + ": the I2C controller needs a memory resource");
    }

    @Override
    public void release() {
        registers = null;
    }

    @Override
    public boolean transfer(int address, byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset, int readLength) {
        if (writeLength > MAX_BYTES || readLength > MAX_BYTES) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "a transfer moves at most " + MAX_BYTES + " bytes each way");
        }
        registers.write32(TARGET, address);
        registers.write32(WRITE_LENGTH, writeLength);
        registers.write32(READ_LENGTH, readLength);
        for (int i = 0; i < writeLength; i++) {
            registers.write32(DATA + 4L * i, write[writeOffset + i] & 0xFF);
        }
        registers.write32(CONTROL, 1);
        if ((registers.read32(STATUS) & NACK) != 0) {
            return false;
        }
        for (int i = 0; i < readLength; i++) {
            read[readOffset + i] = (byte) registers.read32(DATA + 4L * i);
        }
        return true;
    }
}
