package dev.gpioint.resource;

/** {@code CM_RESOURCE_TYPE}: which member of a descriptor's union applies. Codes are Windows'. */
public enum ResourceType {
    NULL(0), PORT(1), INTERRUPT(2), MEMORY(3), DMA(4), DEVICE_SPECIFIC(5), BUS_NUMBER(6), MEMORY_LARGE(7),
    DEVICE_PRIVATE(129), CONNECTION(132);

    private final int code;

    ResourceType(int code) {
        this.code = code;
    }

    /** The {@code CmResourceType*} value. */
    public int code() {
        return code;
    }
}
