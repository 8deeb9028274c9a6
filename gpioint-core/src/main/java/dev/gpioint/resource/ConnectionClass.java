package dev.gpioint.resource;

/** {@code CM_RESOURCE_CONNECTION_CLASS_*}. */
public enum ConnectionClass {
    GPIO(0x01), SERIAL(0x02), FUNCTION_CONFIG(0x03);

    private final int code;

    ConnectionClass(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
