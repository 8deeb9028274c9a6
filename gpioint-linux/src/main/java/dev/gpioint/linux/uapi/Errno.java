package dev.gpioint.linux.uapi;

/**
 * The Linux errno values the GPIO character device reports (x86_64 / generic numbering), with their symbolic
 * names, so a failure names {@code EBUSY} instead of a bare number. Values from {@code asm-generic/errno-base.h}
 * and {@code errno.h}.
 */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int ENXIO = 6;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EFAULT = 14;
    public static final int EBUSY = 16;
    public static final int ENODEV = 19;
    public static final int ENOTDIR = 20;
    public static final int EINVAL = 22;
    public static final int ENOTTY = 25;
    public static final int ENOTSUP = 524; // the kernel-internal ENOTSUPP leaks out of some drivers
    public static final int EOPNOTSUPP = 95;

    private Errno() {
    }

    /** {@code EBUSY}-style name of {@code errno}, or {@code errno N} for one this table does not know. */
    public static String name(int errno) {
        return switch (errno) {
            case EPERM -> "EPERM";
            case ENOENT -> "ENOENT";
            case EINTR -> "EINTR";
            case EIO -> "EIO";
            case ENXIO -> "ENXIO";
            case EBADF -> "EBADF";
            case EAGAIN -> "EAGAIN";
            case ENOMEM -> "ENOMEM";
            case EACCES -> "EACCES";
            case EFAULT -> "EFAULT";
            case EBUSY -> "EBUSY";
            case ENODEV -> "ENODEV";
            case ENOTDIR -> "ENOTDIR";
            case EINVAL -> "EINVAL";
            case ENOTTY -> "ENOTTY";
            case EOPNOTSUPP -> "EOPNOTSUPP";
            case ENOTSUP -> "ENOTSUPP";
            default -> "errno " + errno;
        };
    }

    /** A short human explanation, as strerror would give, for the values GPIO users meet. */
    public static String describe(int errno) {
        return switch (errno) {
            case EPERM -> "operation not permitted";
            case ENOENT -> "no such file";
            case EIO -> "I/O error";
            case EBADF -> "bad file descriptor";
            case EAGAIN -> "try again";
            case EACCES -> "permission denied";
            case EBUSY -> "line busy (already requested)";
            case ENODEV -> "no such device (chip removed?)";
            case EINVAL -> "invalid argument";
            case ENOTTY -> "not a GPIO character device, or the kernel lacks this ioctl";
            case EOPNOTSUPP, ENOTSUP -> "not supported by this chip or kernel";
            default -> "";
        };
    }
}
