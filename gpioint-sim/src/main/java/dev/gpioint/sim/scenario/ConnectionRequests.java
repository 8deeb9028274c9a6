package dev.gpioint.sim.scenario;

import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.firmware.UartSerialBus;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.kernel.WorkItem;
import dev.gpioint.pnp.DeviceNode;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.resource.ResourceData;
import dev.gpioint.serial.SerialTarget;
import dev.gpioint.sim.board.Arguments;
import dev.gpioint.spb.SpbTarget;
import dev.gpioint.status.NtStatusException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scenario lines that send a request on a device's open serial-bus connection, as its driver would (the way
 * {@code pnp disable-interrupt} does what a driver does with its interrupt):
 * <pre>
 * at 2ms \_SB.BTH0 uart write 01030c00        # IRP_MJ_WRITE on its open UART port
 * at 9ms \_SB.BTH0 uart baud 9600             # IOCTL_SERIAL_SET_BAUD_RATE
 * at 3ms \_SB.AOCV spi write-read 80 1        # IOCTL_SPB_EXECUTE_SEQUENCE: write 80, then read 1 byte
 * at 4ms \_SB.AOCV spi full-duplex 8000 2     # IOCTL_SPB_FULL_DUPLEX (also: spi write HEX, i2c write|write-read|read)
 * </pre>
 * The connection is the device's first of that bus that its driver holds open when the line plays; the request runs
 * at PASSIVE_LEVEL on a worker and its outcome is logged against the device (what the driver itself observes, such
 * as received UART data, it reports as usual). A device with no such connection open, or a request the connection
 * refuses, logs a failure of that line; the run goes on.
 */
final class ConnectionRequests {
    private static final HexFormat HEX = HexFormat.of();

    private ConnectionRequests() {
    }

    /** Whether {@code action} names a bus this class takes requests for. */
    static boolean handles(String action) {
        return switch (action.toLowerCase(Locale.ROOT)) {
            case "uart", "spi", "i2c" -> true;
            default -> false;
        };
    }

    /**
     * The step for {@code TARGET BUS VERB ARGS} ({@code tokens} from the target on); throws IllegalArgumentException
     * naming what is wrong.
     */
    static Runnable step(NamePath path, String bus, List<String> arguments, Machine machine, PnpManager pnp, int line) {
        if (pnp == null) {
            throw new IllegalArgumentException("bus requests need a booted board");
        }
        DeviceNode node;
        try {
            node = pnp.device(path.toString());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("no device " + path);
        }
        String kind = bus.toLowerCase(Locale.ROOT);
        Class<? extends FirmwareResource> wanted = switch (kind) {
            case "uart" -> UartSerialBus.class;
            case "spi" -> SpiSerialBus.class;
            default -> I2cSerialBus.class;
        };
        if (node.firmware().resources().stream().noneMatch(wanted::isInstance)) {
            throw new IllegalArgumentException(path + " has no " + wanted.getSimpleName() + "V2 connection");
        }
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("expected '" + bus + " " + usage(kind) + "' for " + path);
        }
        String verb = arguments.getFirst().toLowerCase(Locale.ROOT);
        List<String> rest = arguments.subList(1, arguments.size());
        String what = "scenario line " + line + ": " + bus + " " + String.join(" ", arguments);
        Request request;
        try {
            request = kind.equals("uart") ? uartRequest(verb, rest, bus) : spbRequest(verb, rest, bus, kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " for " + path, e);
        }
        WorkItem work = machine.newWorkItem(() -> {
            try {
                String outcome = request.run(node, pnp);
                machine.log().add(path.toString(), MachineEvent.Kind.INFO, what + ": " + outcome);
            } catch (NtStatusException | IllegalStateException e) {
                machine.log().add(path.toString(), MachineEvent.Kind.FAILURE, what + ": " + e.getMessage());
            }
        }, what);
        return work::queue;
    }

    private static String usage(String kind) {
        return kind.equals("uart") ? "write HEX | baud RATE" : "write HEX | read N | write-read HEX N" + (kind.equals("spi") ? " | full-duplex HEX N" : "");
    }

    /** A request on an open connection, returning what to log. */
    @FunctionalInterface
    private interface Request {
        String run(DeviceNode node, PnpManager pnp);
    }

    private static Request uartRequest(String verb, List<String> arguments, String bus) {
        return switch (verb) {
            case "write" -> {
                Arguments.count(verb, arguments, 1, "HEX");
                byte[] data = hex(arguments.getFirst());
                yield (node, pnp) -> {
                    int written = serialTarget(node, pnp).write(data, 0, data.length);
                    return written + " byte" + (written == 1 ? "" : "s") + " written";
                };
            }
            case "baud" -> {
                Arguments.count(verb, arguments, 1, "RATE");
                int rate = Arguments.integer("baud rate", arguments.getFirst());
                yield (node, pnp) -> {
                    SerialTarget target = serialTarget(node, pnp);
                    target.setBaudRate(rate);
                    return "now " + target.settings();
                };
            }
            default -> throw new IllegalArgumentException("a " + bus + " request is " + usage("uart") + ", not '" + verb + "'");
        };
    }

    private static Request spbRequest(String verb, List<String> arguments, String bus, String kind) {
        return switch (verb) {
            case "write" -> {
                Arguments.count(verb, arguments, 1, "HEX");
                byte[] data = hex(arguments.getFirst());
                yield (node, pnp) -> {
                    spbTarget(node, pnp, kind).write(data, 0, data.length);
                    return data.length + " byte" + (data.length == 1 ? "" : "s") + " written";
                };
            }
            case "read" -> {
                Arguments.count(verb, arguments, 1, "N");
                int length = length(arguments.getFirst());
                yield (node, pnp) -> {
                    byte[] read = new byte[length];
                    spbTarget(node, pnp, kind).read(read, 0, length);
                    return "read " + HEX.formatHex(read);
                };
            }
            case "write-read", "full-duplex" -> {
                if (verb.equals("full-duplex") && !kind.equals("spi")) {
                    throw new IllegalArgumentException("full-duplex transfers are SPI only");
                }
                Arguments.count(verb, arguments, 2, "HEX N");
                byte[] data = hex(arguments.get(0));
                int length = length(arguments.get(1));
                boolean fullDuplex = verb.equals("full-duplex");
                yield (node, pnp) -> {
                    byte[] read = new byte[length];
                    SpbTarget target = spbTarget(node, pnp, kind);
                    if (fullDuplex) {
                        target.fullDuplex(data, 0, data.length, read, 0, length);
                    } else {
                        target.writeRead(data, 0, data.length, read, 0, length);
                    }
                    return "wrote " + HEX.formatHex(data) + ", read " + HEX.formatHex(read);
                };
            }
            default -> throw new IllegalArgumentException("a " + bus + " request is " + usage(kind) + ", not '" + verb + "'");
        };
    }

    private static SerialTarget serialTarget(DeviceNode node, PnpManager pnp) {
        var resources = node.resources();
        for (int i = 0; i < resources.sources().size(); i++) {
            if (resources.sources().get(i) instanceof UartSerialBus uart
                    && resources.translated().get(i).data() instanceof ResourceData.ConnectionData connection) {
                Optional<SerialTarget> open = pnp.serialController(uart.controller()).flatMap(c -> c.openTarget())
                        .filter(t -> t.connectionId() == connection.id());
                if (open.isPresent()) {
                    return open.get();
                }
            }
        }
        throw new IllegalStateException(node.path() + " has no UART connection open (" + node.state() + ")");
    }

    private static SpbTarget spbTarget(DeviceNode node, PnpManager pnp, String kind) {
        var resources = node.resources();
        for (int i = 0; i < resources.sources().size(); i++) {
            NamePath controller = switch (resources.sources().get(i)) {
                case SpiSerialBus spi when kind.equals("spi") -> spi.controller();
                case I2cSerialBus i2c when kind.equals("i2c") -> i2c.controller();
                default -> null;
            };
            if (controller != null && resources.translated().get(i).data() instanceof ResourceData.ConnectionData connection) {
                Optional<SpbTarget> open = pnp.spbController(controller).flatMap(c -> c.openTarget(connection.id()));
                if (open.isPresent()) {
                    return open.get();
                }
            }
        }
        throw new IllegalStateException(node.path() + " has no " + kind.toUpperCase(Locale.ROOT) + " connection open (" + node.state() + ")");
    }

    private static byte[] hex(String text) {
        try {
            byte[] bytes = HEX.parseHex(text);
            if (bytes.length == 0) {
                throw new IllegalArgumentException("no bytes in '" + text + "'");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not bytes in hex (like 01030c00)");
        }
    }

    private static int length(String text) {
        int length = Arguments.integer("length", text);
        if (length < 1 || length > 4096) {
            throw new IllegalArgumentException("a length of " + length + " bytes: give 1 to 4096");
        }
        return length;
    }
}
