package dev.gpioint.status;

/** The NTSTATUS values gpioint reports, with Windows' codes so messages can be looked up. */
public enum NtStatus {
    SUCCESS(0x0000_0000),
    UNSUCCESSFUL(0xC000_0001),
    NOT_IMPLEMENTED(0xC000_0002),
    INFO_LENGTH_MISMATCH(0xC000_0004),
    INVALID_PARAMETER(0xC000_000D),
    NO_SUCH_DEVICE(0xC000_000E),
    INVALID_DEVICE_REQUEST(0xC000_0010),
    ACCESS_DENIED(0xC000_0022),
    SHARING_VIOLATION(0xC000_0043),
    INSUFFICIENT_RESOURCES(0xC000_009A),
    NOT_SUPPORTED(0xC000_00BB),
    DEVICE_NOT_READY(0xC000_00A3),
    INVALID_DEVICE_STATE(0xC000_0184),
    DEVICE_CONFIGURATION_ERROR(0xC000_0182),
    NOT_FOUND(0xC000_0225),
    WDF_PARENT_ASSIGNMENT_NOT_ALLOWED(0xC020_020F),
    GPIO_OPERATION_DENIED(0xC000_A125),
    IO_DEVICE_ERROR(0xC000_0185),
    IO_TIMEOUT(0xC000_00B5);

    private final int code;

    NtStatus(int code) {
        this.code = code;
    }

    /** The 32-bit NTSTATUS code. */
    public int code() {
        return code;
    }

    public boolean isSuccess() {
        return code >= 0;
    }

    /** "STATUS_INVALID_PARAMETER (0xC000000D)". */
    @Override
    public String toString() {
        return "STATUS_" + name() + String.format(" (0x%08X)", code);
    }
}
