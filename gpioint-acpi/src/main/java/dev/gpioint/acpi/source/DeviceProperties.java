package dev.gpioint.acpi.source;

import dev.gpioint.acpi.namespace.AcpiObject;
import dev.gpioint.acpi.namespace.Namespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code _DSD} device properties (UUID daffd814-6eba-4d8c-8a91-bc9bbf4aa301): each
 * {@code Package () {"name", value}} becomes a property whose value is a Long, a String (references become the
 * absolute path they name) or a List of those. Other UUIDs (hierarchical data, vendor) are skipped.
 */
final class DeviceProperties {
    private static final byte[] DEVICE_PROPERTIES = AcpiUuid.toBytes(AcpiUuid.DEVICE_PROPERTIES);

    private DeviceProperties() {
    }

    static Map<String, Object> read(AcpiObject dsd, Namespace ns) {
        var properties = new LinkedHashMap<String, Object>();
        if (!(dsd instanceof AcpiObject.PackageValue top)) {
            return properties;
        }
        List<AcpiObject> e = top.elements();
        for (int i = 0; i + 1 < e.size(); i += 2) {
            if (e.get(i) instanceof AcpiObject.BufferValue uuid && Arrays.equals(uuid.bytes(), DEVICE_PROPERTIES)
                    && e.get(i + 1) instanceof AcpiObject.PackageValue entries) {
                for (AcpiObject entry : entries.elements()) {
                    if (entry instanceof AcpiObject.PackageValue pair && pair.elements().size() == 2
                            && pair.elements().get(0) instanceof AcpiObject.StringValue key) {
                        value(pair.elements().get(1), ns).ifPresent(v -> properties.putIfAbsent(key.value(), v));
                    }
                }
            }
        }
        return properties;
    }

    private static Optional<Object> value(AcpiObject o, Namespace ns) {
        return switch (o) {
            case AcpiObject.IntegerValue i -> Optional.of(i.value());
            case AcpiObject.StringValue s -> Optional.of(s.value());
            case AcpiObject.Reference r -> Optional.of(ns.resolve(r)
                    .orElse(dev.gpioint.acpi.namespace.NamePaths.absolute(r.name(), r.scope())));
            case AcpiObject.PackageValue p -> {
                var list = new ArrayList<Object>();
                for (AcpiObject element : p.elements()) {
                    value(element, ns).ifPresent(list::add);
                }
                yield Optional.of(List.copyOf(list));
            }
            default -> Optional.empty();
        };
    }
}
