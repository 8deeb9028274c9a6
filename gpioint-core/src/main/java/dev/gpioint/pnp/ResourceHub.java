package dev.gpioint.pnp;

import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.NamePath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resource hub: maps each connection ID the PnP manager assigned back to the firmware descriptor and the
 * consumer it belongs to, and each secondary GSIV back to its GPIO controller and pin. Connection IDs start at
 * 1 and are never reused. Thread-safe.
 */
public final class ResourceHub {
    /** What a connection ID stands for. */
    public record Connection(long id, NamePath consumer, FirmwareResource descriptor) {
    }

    /** What a secondary GSIV stands for. */
    public record GpioInterrupt(long gsiv, NamePath controller, int pin, GpioInt descriptor) {
    }

    private final Map<Long, Connection> connections = new LinkedHashMap<>();
    private final Map<Long, GpioInterrupt> gpioInterrupts = new LinkedHashMap<>();
    private long nextId = 1;

    synchronized long register(NamePath consumer, FirmwareResource descriptor) {
        long id = nextId++;
        connections.put(id, new Connection(id, consumer, descriptor));
        return id;
    }

    synchronized void recordGpioInterrupt(long gsiv, NamePath controller, int pin, GpioInt descriptor) {
        gpioInterrupts.putIfAbsent(gsiv, new GpioInterrupt(gsiv, controller, pin, descriptor));
    }

    /** The connection with this ID. */
    public synchronized Optional<Connection> connection(long id) {
        return Optional.ofNullable(connections.get(id));
    }

    /** The GPIO controller and pin behind a secondary GSIV. */
    public synchronized Optional<GpioInterrupt> gpioInterrupt(long gsiv) {
        return Optional.ofNullable(gpioInterrupts.get(gsiv));
    }

    public synchronized List<Connection> connections() {
        return List.copyOf(connections.values());
    }

    /** {@code RESOURCE_HUB_CREATE_PATH_FROM_ID}: "\Device\RESOURCE_HUB\" and the ID as 16 hex digits. */
    public static String pathFromId(long id) {
        return "\\Device\\RESOURCE_HUB\\" + String.format("%016x", id);
    }
}
