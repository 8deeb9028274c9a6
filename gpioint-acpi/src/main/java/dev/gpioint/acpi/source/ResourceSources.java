package dev.gpioint.acpi.source;

import dev.gpioint.acpi.interpreter.AmlInterpreter;
import dev.gpioint.acpi.namespace.NamePaths;
import dev.gpioint.firmware.NamePath;

/**
 * The controller a descriptor's ResourceSource names, resolved in the live namespace from the object that holds
 * the descriptor (a device for {@code _CRS}, a region for a field's {@code Connection}): an absolute name as
 * written, a relative one by ACPI's rules from that object's scope, and one found nowhere as a sibling, so a
 * message names a plausible path. The same rule {@link FirmwareAssembler} follows on a loaded namespace.
 */
final class ResourceSources {
    private ResourceSources() {
    }

    static NamePath controller(AmlInterpreter aml, String source, String scope) {
        if (source.isEmpty()) {
            throw new IllegalArgumentException("a descriptor has an empty ResourceSource");
        }
        if (source.startsWith("\\")) {
            return NamePath.of(NamePaths.absolute(source, NamePaths.ROOT));
        }
        return aml.find(scope).flatMap(node -> aml.resolve(source, node)).map(n -> NamePath.of(n.path()))
                .orElse(NamePath.of(NamePaths.absolute(source, NamePaths.parent(scope))));
    }
}
