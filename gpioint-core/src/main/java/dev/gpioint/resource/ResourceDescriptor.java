package dev.gpioint.resource;

import java.util.Objects;

/**
 * One resource, with the meaning of {@code CM_PARTIAL_RESOURCE_DESCRIPTOR}. Immutable.
 *
 * <p><b>Identity matters.</b> The framework hands a driver its own descriptor objects in the lists passed to
 * prepare-hardware, and {@code createInterrupt} accepts only those very objects, at the same index in the raw
 * and translated lists (WDF's pointer check, done here with {@code ==}). {@link #copy()} or a descriptor built
 * by a driver is {@link #equals equal} but is not the framework's and is refused.
 */
public final class ResourceDescriptor {
    private final ResourceType type;
    private final ShareDisposition shareDisposition;
    private final int flags;
    private final ResourceData data;

    public ResourceDescriptor(ResourceType type, ShareDisposition shareDisposition, int flags, ResourceData data) {
        this.type = Objects.requireNonNull(type, "type");
        this.shareDisposition = Objects.requireNonNull(shareDisposition, "shareDisposition");
        this.flags = flags & 0xFFFF;
        this.data = Objects.requireNonNull(data, "data");
        boolean fits = switch (data) {
            case ResourceData.InterruptData ignored -> type == ResourceType.INTERRUPT;
            case ResourceData.ConnectionData ignored -> type == ResourceType.CONNECTION;
            case ResourceData.RangeData ignored -> type == ResourceType.MEMORY || type == ResourceType.PORT
                    || type == ResourceType.MEMORY_LARGE;
            case ResourceData.DmaData ignored -> type == ResourceType.DMA;
        };
        if (!fits) {
            throw new IllegalArgumentException(data.getClass().getSimpleName() + " does not belong to a " + type + " descriptor");
        }
    }

    /** An interrupt descriptor. */
    public static ResourceDescriptor interrupt(ShareDisposition share, int flags, int level, int vector, long affinity) {
        return new ResourceDescriptor(ResourceType.INTERRUPT, share, flags, new ResourceData.InterruptData(level, vector, affinity, 0));
    }

    /** A connection descriptor (GpioIo or serial bus). */
    public static ResourceDescriptor connection(ShareDisposition share, ConnectionType connectionType, long id) {
        return new ResourceDescriptor(ResourceType.CONNECTION, share, 0, new ResourceData.ConnectionData(connectionType, id));
    }

    public ResourceType type() {
        return type;
    }

    public ShareDisposition shareDisposition() {
        return shareDisposition;
    }

    /** The flag bits; for interrupts see {@link InterruptFlags}. */
    public int flags() {
        return flags;
    }

    /** The union member of this descriptor's type. */
    public ResourceData data() {
        return data;
    }

    /** {@code u.Interrupt}; throws IllegalStateException for another type. */
    public ResourceData.InterruptData asInterrupt() {
        if (data instanceof ResourceData.InterruptData interrupt) {
            return interrupt;
        }
        throw new IllegalStateException("a " + type + " descriptor has no u.Interrupt");
    }

    /** {@code u.Connection}; throws IllegalStateException for another type. */
    public ResourceData.ConnectionData asConnection() {
        if (data instanceof ResourceData.ConnectionData connection) {
            return connection;
        }
        throw new IllegalStateException("a " + type + " descriptor has no u.Connection");
    }

    /** {@code u.Memory}/{@code u.Port}; throws IllegalStateException for another type. */
    public ResourceData.RangeData asRange() {
        if (data instanceof ResourceData.RangeData range) {
            return range;
        }
        throw new IllegalStateException("a " + type + " descriptor has no address range");
    }

    public boolean isInterrupt() {
        return type == ResourceType.INTERRUPT;
    }

    public boolean isLatched() {
        return type == ResourceType.INTERRUPT && InterruptFlags.isLatched(flags);
    }

    /** An equal descriptor that is not this one: what a driver's own copy is. */
    public ResourceDescriptor copy() {
        return new ResourceDescriptor(type, shareDisposition, flags, data);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceDescriptor that && type == that.type && shareDisposition == that.shareDisposition
                && flags == that.flags && data.equals(that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, shareDisposition, flags, data);
    }

    @Override
    public String toString() {
        return ResourceText.describe(this);
    }
}
