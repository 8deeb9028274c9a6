package dev.gpioint.resource;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An ordered, immutable list of descriptors: a device's raw or translated resources. The raw and translated
 * lists of a device hold the same resources in the same order (firmware order), so index {@code i} in one
 * corresponds to index {@code i} in the other. {@link #get} returns the framework's own descriptor objects;
 * see {@link ResourceDescriptor} for why identity matters.
 */
public final class ResourceList extends AbstractList<ResourceDescriptor> implements RandomAccess {
    private static final ResourceList EMPTY = new ResourceList(new ResourceDescriptor[0]);

    private final ResourceDescriptor[] descriptors;

    private ResourceList(ResourceDescriptor[] descriptors) {
        this.descriptors = descriptors;
    }

    /** A list holding exactly these descriptor objects, in this order. */
    public static ResourceList of(List<ResourceDescriptor> descriptors) {
        return descriptors.isEmpty() ? EMPTY : new ResourceList(descriptors.toArray(ResourceDescriptor[]::new));
    }

    public static ResourceList empty() {
        return EMPTY;
    }

    @Override
    public ResourceDescriptor get(int index) {
        return descriptors[index];
    }

    @Override
    public int size() {
        return descriptors.length;
    }

    /** The index holding this very object (not an equal copy), or -1. */
    public int indexOfIdentical(ResourceDescriptor descriptor) {
        for (int i = 0; i < descriptors.length; i++) {
            if (descriptors[i] == descriptor) {
                return i;
            }
        }
        return -1;
    }

    /** How many interrupt descriptors the list holds. */
    public int interruptCount() {
        int count = 0;
        for (ResourceDescriptor d : descriptors) {
            if (d.isInterrupt()) {
                count++;
            }
        }
        return count;
    }
}
