package dev.gpioint.acpi.source;

import dev.gpioint.acpi.interpreter.AmlException;
import dev.gpioint.acpi.interpreter.AmlInterpreter;
import dev.gpioint.acpi.interpreter.AmlNamedObject;
import dev.gpioint.acpi.interpreter.AmlNode;
import dev.gpioint.acpi.interpreter.AmlReference;
import dev.gpioint.acpi.interpreter.AmlValue;
import dev.gpioint.acpi.interpreter.RegionHandler;
import dev.gpioint.acpi.interpreter.RegionSpace;
import dev.gpioint.acpi.interpreter.SimulatedRegions;
import dev.gpioint.acpi.resource.ResourceDecodeException;
import dev.gpioint.acpi.resource.ResourceDecoder;
import dev.gpioint.acpi.resource.ResourceTemplate;
import dev.gpioint.firmware.FirmwareMethodException;
import dev.gpioint.firmware.FirmwareNotification;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.FirmwareMethods;
import dev.gpioint.firmware.NamePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The firmware's methods at run time, served by the AML interpreter that loaded the tables: the state the
 * tables' code left (fields written at {@code _INI}, {@code _REG}) carries into every later call. One call at
 * a time (the interpreter has one thread of control, as an OS's AML interpreter does). Each {@code Notify} a
 * method executes reaches the listener of {@link #onNotify} through the interpreter's host ({@link NotifyRelay}).
 */
final class AmlFirmwareMethods implements FirmwareMethods {
    private final AmlInterpreter aml;
    private final NotifyRelay relay;
    /** Each space's handler before the first attach: what a platform handler falls back to. */
    private final java.util.Map<Integer, RegionHandler> beforeAttach = new java.util.HashMap<>();
    private final java.util.Map<Integer, PlatformRegionHandler> attached = new java.util.HashMap<>();

    AmlFirmwareMethods(AmlInterpreter aml, NotifyRelay relay) {
        this.aml = aml;
        this.relay = relay;
    }

    @Override
    public synchronized Optional<Object> evaluate(NamePath scope, String name, List<Object> args) throws FirmwareMethodException {
        AmlNode node = node(scope, name).orElseThrow(() -> new FirmwareMethodException(
                "no object named " + name + " is reachable from " + scope, true));
        var values = new AmlValue[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (args.get(i)) {
                case Long l -> new AmlValue.Integer(l);
                case Integer n -> new AmlValue.Integer(n);
                case String s -> new AmlValue.Str(s);
                case byte[] b -> new AmlValue.Buffer(b.clone());
                default -> throw new IllegalArgumentException("a firmware method takes Long, String or byte[], not " + args.get(i));
            };
        }
        try {
            return value(aml.evaluate(node, values));
        } catch (AmlException e) {
            throw new FirmwareMethodException(e.getMessage(), false);
        }
    }

    /**
     * Routes GPIO and serial-bus regions to {@code regions}. Attaching again (the same firmware booted on another
     * machine) replaces the previous machine's routing instead of wrapping it, so nothing of an earlier machine is
     * kept and a region access never walks a chain of old machines.
     */
    @Override
    public synchronized void attach(dev.gpioint.firmware.PlatformRegions regions) {
        for (int space : new int[] {RegionSpace.GENERAL_PURPOSE_IO, RegionSpace.GENERIC_SERIAL_BUS}) {
            RegionHandler before = beforeAttach.computeIfAbsent(space, s -> aml.handler(s).orElseGet(SimulatedRegions::new));
            var handler = new PlatformRegionHandler(aml, regions, before);
            attached.put(space, handler);
            aml.handle(space, handler);
        }
    }

    /** The platform handler last attached for region space {@code space} (for tests). */
    PlatformRegionHandler attached(int space) {
        return attached.get(space);
    }

    @Override
    public void onNotify(Consumer<FirmwareNotification> listener) {
        relay.listen((path, value) -> listener.accept(new FirmwareNotification(NamePath.of(path), kind(path), (int) value)));
    }

    /** What the notified object is; the interpreter notifies only Devices, Processors and ThermalZones. */
    private FirmwareNotification.TargetKind kind(String path) {
        AmlValue value = aml.find(path).map(AmlNode::value).orElse(null);
        if (value instanceof AmlNamedObject.Scope scope) {
            return switch (scope.kind()) {
                case PROCESSOR -> FirmwareNotification.TargetKind.PROCESSOR;
                case THERMAL_ZONE -> FirmwareNotification.TargetKind.THERMAL_ZONE;
                default -> FirmwareNotification.TargetKind.DEVICE;
            };
        }
        return FirmwareNotification.TargetKind.DEVICE;
    }

    @Override
    public synchronized Optional<List<FirmwareResource>> currentResources(NamePath device) throws FirmwareMethodException {
        Optional<AmlNode> crs = aml.find(device + "._CRS");
        if (crs.isEmpty()) {
            return Optional.empty();
        }
        try {
            AmlValue value = aml.evaluate(crs.get());
            if (!(value instanceof AmlValue.Buffer buffer)) {
                throw new FirmwareMethodException(device + "._CRS returned " + value.describe() + ", not a resource template", false);
            }
            ResourceTemplate template = ResourceDecoder.decode(buffer.bytes(), device + "._CRS", 0);
            return Optional.of(DescriptorMapper.mapAll(template, source -> ResourceSources.controller(aml, source, device.toString())));
        } catch (AmlException e) {
            throw new FirmwareMethodException(e.getMessage(), false);
        } catch (ResourceDecodeException e) {
            throw new FirmwareMethodException(device + "._CRS does not decode: " + e.getMessage(), false);
        } catch (IllegalArgumentException e) {
            throw new FirmwareMethodException(device + "._CRS: " + e.getMessage(), false);
        }
    }

    @Override
    public synchronized boolean exists(NamePath scope, String name) {
        return node(scope, name).isPresent();
    }

    private Optional<AmlNode> node(NamePath scope, String name) {
        return aml.find(scope.toString()).flatMap(s -> aml.resolve(name, s));
    }

    private static Optional<Object> value(AmlValue v) {
        return switch (v) {
            case AmlValue.Integer i -> Optional.of(i.value());
            case AmlValue.Str s -> Optional.of(s.value());
            case AmlValue.Buffer b -> Optional.of(b.bytes());
            case AmlValue.Package p -> {
                var list = new ArrayList<Object>();
                for (int i = 0; i < p.size(); i++) {
                    value(p.get(i)).ifPresent(list::add);
                }
                yield Optional.of(List.copyOf(list));
            }
            case AmlReference.ToNode n -> Optional.of(n.node().path());
            default -> Optional.empty();
        };
    }
}
