package dev.gpioint.resource;

/** {@code CM_SHARE_DISPOSITION}. Codes are Windows'. */
public enum ShareDisposition {
    UNDETERMINED(0), DEVICE_EXCLUSIVE(1), DRIVER_EXCLUSIVE(2), SHARED(3);

    private final int code;

    ShareDisposition(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
