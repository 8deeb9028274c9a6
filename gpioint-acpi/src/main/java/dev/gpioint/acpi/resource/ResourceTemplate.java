package dev.gpioint.acpi.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * A resource template: the descriptors of one AML resource buffer in buffer order, ending with an
 * {@link EndTagDescriptor}. Immutable. Bytes after the end tag are not part of the template (ACPICA ignores
 * them too).
 *
 * @param descriptors the descriptors in order; the last one, and only the last, is an end tag
 */
public record ResourceTemplate(List<ResourceDescriptor> descriptors) {
    public ResourceTemplate {
        descriptors = List.copyOf(descriptors);
        if (descriptors.isEmpty() || !(descriptors.getLast() instanceof EndTagDescriptor)) {
            throw new IllegalArgumentException("a resource template ends with an EndTag");
        }
        for (int i = 0; i < descriptors.size() - 1; i++) {
            if (descriptors.get(i) instanceof EndTagDescriptor) {
                throw new IllegalArgumentException("EndTag at position " + i + " before the end of the template");
            }
        }
    }

    /** The template iasl builds from {@code ResourceTemplate () { descriptors }}: an end tag with checksum 0 appended. */
    public static ResourceTemplate of(List<? extends ResourceDescriptor> descriptors) {
        var all = new ArrayList<ResourceDescriptor>(descriptors);
        all.add(new EndTagDescriptor(0));
        return new ResourceTemplate(all);
    }

    /** The descriptors without the end tag. */
    public List<ResourceDescriptor> body() {
        return descriptors.subList(0, descriptors.size() - 1);
    }
}
