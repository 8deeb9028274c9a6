package dev.gpioint.firmware;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A device as the platform firmware describes it: its namespace path, identifiers and ordered current
 * resources. Immutable.
 *
 * @param path        absolute namespace path, unique in a {@link Firmware}
 * @param hardwareId  {@code _HID}, if any (a device with only {@code _ADR} has none)
 * @param compatibleIds {@code _CID} values, in firmware order
 * @param uniqueId    {@code _UID}, if any (integers are kept as their decimal text)
 * @param status      {@code _STA} bits; 0x0F (present, enabled, shown, functioning) when firmware has none
 * @param resources   current resources in firmware order
 * @param resourceOrigin how {@code resources} were obtained
 * @param properties  {@code _DSD} device properties (values are Long, String or List of those), in firmware order
 * @param defect      why this device's firmware description could not be read, if it could not; the PnP
 *                    manager fails such a device with this reason and starts the others
 * @param declaredDependencies the devices {@code _DEP} names, which must start before this one
 */
public record FirmwareDevice(NamePath path, Optional<String> hardwareId, List<String> compatibleIds,
                             Optional<String> uniqueId, int status, List<FirmwareResource> resources,
                             ResourceOrigin resourceOrigin, Map<String, Object> properties, Optional<String> defect,
                             List<NamePath> declaredDependencies) {

    /** {@code _STA} bit 0: the device is present. */
    public static final int STA_PRESENT = 0x01;
    /** {@code _STA} bit 1: the device is enabled and decoding its resources. */
    public static final int STA_ENABLED = 0x02;
    /** {@code _STA} bit 3: the device is functioning properly (a device neither present nor functioning hides its children). */
    public static final int STA_FUNCTIONING = 0x08;
    /** The default {@code _STA} of a device that has none. */
    public static final int STA_DEFAULT = 0x0F;

    public FirmwareDevice {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(hardwareId, "hardwareId");
        compatibleIds = List.copyOf(compatibleIds);
        Objects.requireNonNull(uniqueId, "uniqueId");
        resources = List.copyOf(resources);
        Objects.requireNonNull(resourceOrigin, "resourceOrigin");
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        Objects.requireNonNull(defect, "defect");
        declaredDependencies = List.copyOf(declaredDependencies);
    }

    /** A device without {@code _DEP}. */
    public FirmwareDevice(NamePath path, Optional<String> hardwareId, List<String> compatibleIds, Optional<String> uniqueId,
                          int status, List<FirmwareResource> resources, ResourceOrigin resourceOrigin,
                          Map<String, Object> properties, Optional<String> defect) {
        this(path, hardwareId, compatibleIds, uniqueId, status, resources, resourceOrigin, properties, defect, List.of());
    }

    /** The same device with {@code current} resources (a {@code _CRS} method evaluated again). */
    public FirmwareDevice withResources(List<FirmwareResource> current) {
        return new FirmwareDevice(path, hardwareId, compatibleIds, uniqueId, status, current, resourceOrigin, properties, defect,
                declaredDependencies);
    }

    /** The same device with {@code current} as its {@code _STA} (evaluated again after a bus or device check). */
    public FirmwareDevice withStatus(int current) {
        return new FirmwareDevice(path, hardwareId, compatibleIds, uniqueId, current, resources, resourceOrigin, properties, defect,
                declaredDependencies);
    }

    /** The hardware IDs a driver is matched on: {@code _HID} first, then each {@code _CID}, in order. */
    public List<String> matchIds() {
        var ids = new java.util.ArrayList<String>();
        hardwareId.ifPresent(ids::add);
        ids.addAll(compatibleIds);
        return List.copyOf(ids);
    }

    /** True when {@code _STA} says the device is present and enabled. */
    public boolean isPresentAndEnabled() {
        return (status & (STA_PRESENT | STA_ENABLED)) == (STA_PRESENT | STA_ENABLED);
    }

    /**
     * What must start before this device: the controllers and buses its resources name, in firmware order, then
     * the devices its {@code _DEP} names; without repeats.
     */
    public List<NamePath> dependencies() {
        return java.util.stream.Stream.concat(resources.stream().flatMap(r -> r.resourceSource().stream()),
                declaredDependencies.stream()).distinct().toList();
    }
}
