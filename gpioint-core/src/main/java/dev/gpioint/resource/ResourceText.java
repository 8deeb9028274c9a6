package dev.gpioint.resource;

/** One-line text of a descriptor, the way {@code !cmreslist} lists it, shared by toString and the tools. */
public final class ResourceText {
    private ResourceText() {
    }

    public static String describe(ResourceDescriptor d) {
        String share = switch (d.shareDisposition()) {
            case UNDETERMINED -> "Undetermined";
            case DEVICE_EXCLUSIVE -> "DeviceExclusive";
            case DRIVER_EXCLUSIVE -> "DriverExclusive";
            case SHARED -> "Shared";
        };
        return switch (d.data()) {
            case ResourceData.InterruptData i -> String.format("Interrupt %s flags=%s level=%d vector=0x%x affinity=0x%x group=%d",
                    share, InterruptFlags.describe(d.flags()), i.level(), i.vector(), i.affinity(), i.group());
            case ResourceData.ConnectionData c -> String.format("Connection %s class=%s type=%s id=0x%016x",
                    share, c.connectionClass(), c.type(), c.id());
            case ResourceData.RangeData r -> String.format("%s %s start=0x%x length=0x%x",
                    d.type() == ResourceType.PORT ? "Port" : "Memory", share, r.start(), r.length());
            case ResourceData.DmaData m -> String.format("Dma %s channel=%d port=%d", share, m.channel(), m.port());
        };
    }
}
