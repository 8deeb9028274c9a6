package dev.gpioint.acpi.source;

import dev.gpioint.acpi.interpreter.AmlInterpreter;
import dev.gpioint.acpi.interpreter.RegionAccess;
import dev.gpioint.acpi.interpreter.RegionHandler;
import dev.gpioint.acpi.interpreter.RegionSpace;
import dev.gpioint.acpi.namespace.NamePaths;
import dev.gpioint.acpi.resource.ResourceDecodeException;
import dev.gpioint.acpi.resource.ResourceDecoder;
import dev.gpioint.acpi.resource.ResourceDescriptor;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.GpioIo;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.PlatformRegions;
import java.util.Arrays;
import java.util.Optional;

/**
 * GeneralPurposeIo and GenericSerialBus fields served by the running machine, as ACPI.sys serves them through
 * GpioClx and SpbCx: the field's {@code Connection} descriptor names the controller and pins (or the I2C
 * device), and each access becomes one transfer on it. A GPIO access reads or drives the connection's pins
 * (the field's bit offset counts pins within the connection). A serial-bus access follows the AccessAs
 * protocol (ACPI 6.5 section 13.3.3): the field's byte offset is the command (register); AttribByte and
 * AttribWord read or write one or two bytes after it, AttribBytes (n) and AttribBlock n bytes, AttribSendReceive
 * and the raw protocols move data without a command, the process calls write then read. The result buffer is
 * status (0 on success, 0x07 when the transfer fails), length, data. Other spaces go to {@code fallback}.
 */
final class PlatformRegionHandler implements RegionHandler {
    private static final int FAILED = 0x07;

    private final AmlInterpreter aml;
    private final PlatformRegions machine;
    private final RegionHandler fallback;

    PlatformRegionHandler(AmlInterpreter aml, PlatformRegions machine, RegionHandler fallback) {
        this.aml = aml;
        this.machine = machine;
        this.fallback = fallback;
    }

    /** What accesses this handler does not serve go to (for tests: never an earlier machine's handler). */
    RegionHandler fallback() {
        return fallback;
    }

    @Override
    public long read(RegionAccess access) {
        if (access.space() != RegionSpace.GENERAL_PURPOSE_IO) {
            return fallback.read(access);
        }
        GpioIo all = connection(access, GpioIo.class);
        GpioIo some = pins(all, access);
        return machine.readGpio(some);
    }

    @Override
    public void write(RegionAccess access, long value) {
        if (access.space() != RegionSpace.GENERAL_PURPOSE_IO) {
            fallback.write(access, value);
            return;
        }
        machine.writeGpio(pins(connection(access, GpioIo.class), access), value);
    }

    @Override
    public byte[] transfer(RegionAccess access, byte[] data, boolean write) {
        if (access.space() != RegionSpace.GENERIC_SERIAL_BUS) {
            return fallback.transfer(access, data, write);
        }
        I2cSerialBus device = connection(access, I2cSerialBus.class);
        byte command = (byte) access.address();
        int attribute = access.attribute();
        int n = Math.max(0, data.length - 2);
        byte[] out = new byte[data.length];
        try {
            byte[] payload = Arrays.copyOfRange(data, 2, data.length);
            byte[] answer = switch (attribute) {
                case 0x02 -> machine.i2c(device, new byte[0], 0);                                          // Quick
                case 0x04 -> write ? machine.i2c(device, new byte[] {payload[0]}, 0) : machine.i2c(device, new byte[0], 1);
                case 0x0E -> write ? machine.i2c(device, payload, 0) : machine.i2c(device, new byte[0], n); // RawBytes
                case 0x0C, 0x0D, 0x0F -> machine.i2c(device, prepend(command, payload), n);                // process calls
                default -> write ? machine.i2c(device, prepend(command, payload), 0) : machine.i2c(device, new byte[] {command}, n);
            };
            out[1] = (byte) answer.length;
            System.arraycopy(answer, 0, out, 2, Math.min(answer.length, n));
        } catch (RuntimeException e) {
            out[0] = FAILED;
        }
        return out;
    }

    private static byte[] prepend(byte command, byte[] payload) {
        byte[] out = new byte[payload.length + 1];
        out[0] = command;
        System.arraycopy(payload, 0, out, 1, payload.length);
        return out;
    }

    /** The pins of the connection this access covers: bit offset = first pin index, bit width = pin count. */
    private static GpioIo pins(GpioIo all, RegionAccess access) {
        int from = (int) access.address();
        int to = Math.min(all.pins().size(), from + Math.max(1, access.bitWidth()));
        if (from >= to) {
            throw new IllegalStateException("the field's pins " + from + ".." + (from + access.bitWidth() - 1)
                    + " are beyond its Connection's " + all.pins().size() + " pins");
        }
        return new GpioIo(all.controller(), all.pins().subList(from, to), all.sharing(), all.wake(), all.pull(), all.pullCode(),
                all.debounceHundredthsMs(), all.driveStrengthHundredthsMa(), all.ioRestriction(), all.vendorData());
    }

    /** The field's Connection descriptor, mapped as _CRS descriptors are, its ResourceSource resolved from the region. */
    private <T extends FirmwareResource> T connection(RegionAccess access, Class<T> kind) {
        byte[] bytes = access.connection().orElseThrow(() -> new IllegalStateException("the field has no Connection"));
        try {
            var template = decode(bytes, access.region());
            for (ResourceDescriptor d : template.descriptors()) {
                Optional<FirmwareResource> mapped = DescriptorMapper.map(d, source -> controller(source, access.region()));
                if (mapped.isPresent() && kind.isInstance(mapped.get())) {
                    return kind.cast(mapped.get());
                }
            }
        } catch (ResourceDecodeException e) {
            throw new IllegalStateException("the field's Connection does not decode: " + e.getMessage());
        }
        throw new IllegalStateException("the field's Connection is not a " + kind.getSimpleName());
    }

    /** A Connection buffer as a template: iasl writes it as the bare descriptor, without the end tag. */
    private static dev.gpioint.acpi.resource.ResourceTemplate decode(byte[] bytes, String region) throws ResourceDecodeException {
        try {
            return ResourceDecoder.decode(bytes, "Connection of " + region, 0);
        } catch (ResourceDecodeException e) {
            byte[] tagged = Arrays.copyOf(bytes, bytes.length + 2);
            tagged[bytes.length] = 0x79;
            return ResourceDecoder.decode(tagged, "Connection of " + region, 0);
        }
    }

    private NamePath controller(String source, String regionPath) {
        return ResourceSources.controller(aml, source, NamePaths.parent(regionPath));
    }
}
