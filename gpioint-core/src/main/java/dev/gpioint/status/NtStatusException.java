package dev.gpioint.status;

import java.util.Objects;

/**
 * A framework or driver call that failed with an NTSTATUS. Drivers throw it from their callbacks to fail a
 * device; the framework throws it where Windows would return the status. The message says why.
 */
public class NtStatusException extends RuntimeException {
    private final NtStatus status;
    private final String reason;

    public NtStatusException(NtStatus status, String reason) {
        super(status + ": " + reason);
        if (status.isSuccess()) {
            throw new IllegalArgumentException("success is not an error");
        }
        this.status = Objects.requireNonNull(status, "status");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public NtStatusException(NtStatus status, String reason, Throwable cause) {
        this(status, reason);
        initCause(cause);
    }

    public NtStatus status() {
        return status;
    }

    /** Why, without the status. */
    public String reason() {
        return reason;
    }
}
