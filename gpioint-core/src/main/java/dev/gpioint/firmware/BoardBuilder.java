package dev.gpioint.firmware;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Describes a board in Java, the way an ASL file would: devices in definition order, each with its
 * identifiers and its resources in {@code _CRS} order.
 *
 * <pre>{@code
 * Firmware board = BoardBuilder.named("devboard")
 *     .device("\\_SB.GPO0", d -> d.hid("GPSM0001").memory32Fixed(0xFED0_0000L, 0x400)
 *         .interrupt(50, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
 *     .device("\\_SB.BTN0", d -> d.hid("SIMB0001")
 *         .gpioInt("\\_SB.GPO0", 3, InterruptMode.EDGE, Polarity.ACTIVE_LOW))
 *     .build();
 * }</pre>
 *
 * Not thread-safe; {@link #build()} may be called more than once and gives equal firmware each time.
 */
public final class BoardBuilder implements FirmwareSource {
    private final String origin;
    private final List<FirmwareDevice> devices = new ArrayList<>();

    private BoardBuilder(String origin) {
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** A new, empty board; {@code origin} names it in messages. */
    public static BoardBuilder named(String origin) {
        return new BoardBuilder(origin);
    }

    /** Adds the device at {@code path}, described by {@code description}. */
    public BoardBuilder device(String path, Consumer<DeviceBuilder> description) {
        var builder = new DeviceBuilder(NamePath.of(path));
        description.accept(builder);
        devices.add(builder.build());
        return this;
    }

    /** Adds a device described elsewhere. */
    public BoardBuilder device(FirmwareDevice device) {
        devices.add(Objects.requireNonNull(device, "device"));
        return this;
    }

    public Firmware build() {
        return new Firmware(origin, devices);
    }

    @Override
    public Firmware load() {
        return build();
    }

    /** Describes one device; every method returns this builder. */
    public static final class DeviceBuilder {
        private final NamePath path;
        private Optional<String> hardwareId = Optional.empty();
        private final List<String> compatibleIds = new ArrayList<>();
        private Optional<String> uniqueId = Optional.empty();
        private int status = FirmwareDevice.STA_DEFAULT;
        private final List<FirmwareResource> resources = new ArrayList<>();
        private final Map<String, Object> properties = new LinkedHashMap<>();

        private DeviceBuilder(NamePath path) {
            this.path = path;
        }

        public DeviceBuilder hid(String id) {
            this.hardwareId = Optional.of(id);
            return this;
        }

        public DeviceBuilder cid(String id) {
            compatibleIds.add(Objects.requireNonNull(id, "id"));
            return this;
        }

        public DeviceBuilder uid(String id) {
            this.uniqueId = Optional.of(id);
            return this;
        }

        public DeviceBuilder status(int sta) {
            this.status = sta;
            return this;
        }

        public DeviceBuilder property(String name, Object value) {
            properties.put(name, value);
            return this;
        }

        /** Appends any resource, in {@code _CRS} order. */
        public DeviceBuilder resource(FirmwareResource resource) {
            resources.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /** An exclusive, non-wake GpioInt with default pull and no debounce. */
        public DeviceBuilder gpioInt(String controller, int pin, InterruptMode mode, Polarity polarity) {
            return resource(GpioInt.of(NamePath.of(controller), pin, mode, polarity, Sharing.EXCLUSIVE, false));
        }

        /** A GpioInt with the given sharing, wake, pull and debounce (hundredths of a millisecond). */
        public DeviceBuilder gpioInt(String controller, int pin, InterruptMode mode, Polarity polarity, Sharing sharing,
                                     boolean wake, PullConfiguration pull, int debounceHundredthsMs) {
            return resource(new GpioInt(NamePath.of(controller), pin, mode, polarity, sharing, wake, pull, pull.acpiCode(),
                    debounceHundredthsMs, 0, VendorData.EMPTY));
        }

        /** GpioIo pins with default pull. */
        public DeviceBuilder gpioIo(String controller, IoRestriction restriction, Integer... pins) {
            return resource(GpioIo.of(NamePath.of(controller), restriction, Sharing.EXCLUSIVE, pins));
        }

        /** An exclusive, non-wake line on the primary interrupt controller. */
        public DeviceBuilder interrupt(long gsiv, InterruptMode mode, Polarity polarity) {
            return resource(Interrupt.of(gsiv, mode, polarity, Sharing.EXCLUSIVE, false));
        }

        /** A line on the primary interrupt controller with the given sharing and wake. */
        public DeviceBuilder interrupt(long gsiv, InterruptMode mode, Polarity polarity, Sharing sharing, boolean wake) {
            return resource(Interrupt.of(gsiv, mode, polarity, sharing, wake));
        }

        public DeviceBuilder i2c(String controller, int address, long speedHz) {
            return resource(I2cSerialBus.of(NamePath.of(controller), address, speedHz));
        }

        public DeviceBuilder memory32Fixed(long base, long length) {
            return resource(MemoryRange.fixed32(base, length));
        }

        FirmwareDevice build() {
            return new FirmwareDevice(path, hardwareId, compatibleIds, uniqueId, status, resources,
                    resources.isEmpty() ? ResourceOrigin.NONE : ResourceOrigin.STATIC, properties, Optional.empty());
        }
    }
}
