package dev.gpioint.linux.uapi;

import java.util.OptionalInt;

/**
 * A GPIO character-device operation failed. The message names the chip, the line (when one is involved), the
 * operation and the errno, in one line meant for a user; {@link #errno()} lets callers branch on the cause.
 * Unchecked: the failure is about the board, and callers at the edge (CLI, PnP) report it and carry on.
 */
public final class LinuxGpioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int errno;
    private final String chip;
    private final OptionalInt line;

    public LinuxGpioException(String chip, OptionalInt line, String operation, int errno) {
        super(format(chip, line, operation, errno));
        this.errno = errno;
        this.chip = chip;
        this.line = line;
    }

    /** A failure that is not an errno (for example a chip label that matches no chip). */
    public LinuxGpioException(String chip, OptionalInt line, String message) {
        super(chip + (line.isPresent() ? " line " + line.getAsInt() : "") + ": " + message);
        this.errno = 0;
        this.chip = chip;
        this.line = line;
    }

    private static String format(String chip, OptionalInt line, String operation, int errno) {
        String where = chip + (line.isPresent() ? " line " + line.getAsInt() : "");
        String why = Errno.describe(errno);
        return where + ": " + operation + " failed: " + Errno.name(errno) + (why.isEmpty() ? "" : " (" + why + ")");
    }

    /** The errno, or 0 when the failure was not a system call's. */
    public int errno() {
        return errno;
    }

    /** The chip path or label the failure concerns. */
    public String chip() {
        return chip;
    }

    /** The line offset the failure concerns, if any. */
    public OptionalInt line() {
        return line;
    }
}
