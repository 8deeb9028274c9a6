package dev.gpioint.acpi.source;

import dev.gpioint.acpi.namespace.AcpiObject;
import dev.gpioint.acpi.namespace.MethodEvaluator;
import dev.gpioint.acpi.namespace.NamePaths;
import dev.gpioint.acpi.namespace.Namespace;
import dev.gpioint.acpi.resource.ResourceDecodeException;
import dev.gpioint.acpi.resource.ResourceDecoder;
import dev.gpioint.acpi.resource.ResourceTemplate;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.ResourceOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the core's {@link Firmware} from a {@link Namespace}, whichever source the namespace came from: reads
 * each device's {@code _HID}, {@code _CID}, {@code _UID}, {@code _STA}, {@code _CRS}, {@code _DSD} and {@code _DEP}. A
 * problem with one device (a resource buffer that does not decode, a descriptor the core model rejects)
 * becomes that device's defect; the other devices are unaffected. Stateless.
 */
public final class FirmwareAssembler {
    private FirmwareAssembler() {
    }

    /** The firmware described by {@code namespace}; {@code evaluator} answers for {@code _CRS} methods. */
    public static Firmware assemble(String origin, Namespace namespace, MethodEvaluator evaluator) {
        var devices = new ArrayList<FirmwareDevice>();
        for (String path : namespace.devices()) {
            devices.add(device(path, namespace, evaluator));
        }
        return new Firmware(origin, devices);
    }

    private static FirmwareDevice device(String path, Namespace ns, MethodEvaluator evaluator) {
        Optional<String> defect = ns.defect(path);
        Optional<String> hid = ns.get(child(path, "_HID")).flatMap(FirmwareAssembler::id);
        List<String> cids = new ArrayList<>();
        ns.get(child(path, "_CID")).ifPresent(cid -> {
            if (cid instanceof AcpiObject.PackageValue p) {
                p.elements().forEach(e -> id(e).ifPresent(cids::add));
            } else {
                id(cid).ifPresent(cids::add);
            }
        });
        Optional<String> uid = ns.get(child(path, "_UID")).flatMap(o -> switch (o) {
            case AcpiObject.IntegerValue i -> Optional.of(Long.toUnsignedString(i.value()));
            case AcpiObject.StringValue s -> Optional.of(s.value());
            default -> Optional.empty();
        });
        int status = ns.get(child(path, "_STA")).map(o -> o instanceof AcpiObject.IntegerValue i ? (int) i.value()
                : FirmwareDevice.STA_DEFAULT).orElse(FirmwareDevice.STA_DEFAULT);
        Map<String, Object> properties = ns.get(child(path, "_DSD"))
                .map(dsd -> DeviceProperties.read(dsd, ns)).orElse(Map.of());

        List<FirmwareResource> resources = List.of();
        ResourceOrigin origin = ResourceOrigin.NONE;
        Optional<AcpiObject> crs = ns.get(child(path, "_CRS"));
        Optional<AcpiObject.BufferValue> buffer = Optional.empty();
        if (crs.isPresent()) {
            switch (crs.get()) {
                case AcpiObject.BufferValue b -> {
                    origin = ResourceOrigin.STATIC;
                    buffer = Optional.of(b);
                }
                case AcpiObject.MethodValue m -> {
                    Optional<AcpiObject> result = evaluator.evaluate(child(path, "_CRS"), m, ns);
                    if (result.isPresent() && result.get() instanceof AcpiObject.BufferValue b) {
                        origin = ResourceOrigin.EVALUATED_METHOD;
                        buffer = Optional.of(b);
                    } else {
                        origin = ResourceOrigin.UNEVALUATED_METHOD;
                    }
                }
                default -> defect = defect.or(() -> Optional.of("_CRS is not a buffer or a method: " + crs.get()));
            }
        }
        if (buffer.isPresent()) {
            try {
                ResourceTemplate template = ResourceDecoder.decode(buffer.get().bytes(), buffer.get().source(), buffer.get().offset());
                resources = DescriptorMapper.mapAll(template, source -> controller(source, path, ns));
            } catch (ResourceDecodeException e) {
                defect = defect.or(() -> Optional.of("_CRS does not decode: " + e.getMessage()));
            } catch (IllegalArgumentException e) {
                defect = defect.or(() -> Optional.of("_CRS: " + e.getMessage()));
            }
        }
        List<NamePath> dependencies = ns.get(child(path, "_DEP")).map(dep -> declaredDependencies(dep, path, ns)).orElse(List.of());
        return new FirmwareDevice(NamePath.of(path), hid, cids, uid, status, resources, origin, properties, defect, dependencies);
    }

    /**
     * The controller a ResourceSource string names, as an absolute path. Like ACPICA's lookup from the device's
     * node: an absolute name is taken as is, a prefixed or dotted name counts from the device itself, and a
     * single segment is searched from the device upward. A single segment found nowhere is taken as a sibling
     * of the device, so the defect (if any) names a plausible path.
     */
    static NamePath controller(String source, String devicePath, Namespace ns) {
        if (source.isEmpty()) {
            throw new IllegalArgumentException("a descriptor has an empty ResourceSource");
        }
        String path = NamePaths.isSingleSegment(source)
                ? ns.resolve(source, devicePath).orElse(NamePaths.absolute(source, NamePaths.parent(devicePath)))
                : NamePaths.absolute(source, devicePath);
        return NamePath.of(path);
    }

    /** The devices a {@code _DEP} package names, as absolute paths (a name that resolves nowhere is kept as written). */
    private static List<NamePath> declaredDependencies(AcpiObject dep, String path, Namespace ns) {
        if (!(dep instanceof AcpiObject.PackageValue p)) {
            return List.of();
        }
        var out = new ArrayList<NamePath>();
        for (AcpiObject e : p.elements()) {
            if (e instanceof AcpiObject.Reference r) {
                out.add(NamePath.of(ns.resolve(r).orElse(NamePaths.absolute(r.name(), r.scope()))));
            }
        }
        return out;
    }

    static Optional<String> id(AcpiObject o) {
        return switch (o) {
            case AcpiObject.IntegerValue i -> Optional.of(EisaId.decode(i.value()));
            case AcpiObject.StringValue s -> Optional.of(s.value());
            default -> Optional.empty();
        };
    }

    static String child(String path, String name) {
        return NamePaths.absolute(name, path);
    }
}
