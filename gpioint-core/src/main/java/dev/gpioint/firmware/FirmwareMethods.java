package dev.gpioint.firmware;

import java.util.List;
import java.util.Optional;

/**
 * Runs the firmware's control methods while the machine runs (on ACPI machines: the AML interpreter), as a
 * Windows driver does with {@code IOCTL_ACPI_EVAL_METHOD} and as ACPI.sys does for GPIO-signaled events.
 * Implementations run one method at a time (an OS has one AML interpreter context), so callers on several
 * threads are serialized.
 */
public interface FirmwareMethods {
    /**
     * Evaluates {@code name} from {@code scope}: a single segment is searched upward from the scope by ACPI's
     * rules ({@code _E12} from {@code \_SB.GIO0._AEI} finds {@code \_SB.GIO0._E12}); a prefixed or dotted name is
     * taken from the scope as written. Arguments are Long, String or byte[].
     *
     * @return the value (Long, String, byte[] or a List of those), or empty when the method returns nothing
     * @throws FirmwareMethodException when the object does not exist or its evaluation fails
     */
    Optional<Object> evaluate(NamePath scope, String name, List<Object> args) throws FirmwareMethodException;

    /**
     * What {@code device}'s {@code _CRS} gives now, mapped as the firmware's devices are; empty when the firmware
     * cannot tell (no such device, no {@code _CRS}). The PnP manager asks as it starts a device whose {@code _CRS}
     * is a method, as Windows does.
     *
     * @throws FirmwareMethodException when {@code _CRS} fails or what it returns does not decode
     */
    default Optional<List<FirmwareResource>> currentResources(NamePath device) throws FirmwareMethodException {
        return Optional.empty();
    }

    /** True when {@code name} names an object reachable from {@code scope}. */
    boolean exists(NamePath scope, String name);

    /**
     * From now on, GeneralPurposeIo and GenericSerialBus fields go to {@code regions} (the machine's started
     * controllers) instead of the simulated memory they read before the machine ran. The PnP manager calls it
     * once, when it takes the firmware.
     */
    default void attach(PlatformRegions regions) {
    }

    /**
     * From now on, every {@code Notify} the firmware's code executes is handed to {@code listener}, on the thread
     * that runs the method and while the method runs: the listener only queues it (an OS delivers notifications
     * once the interpreter is done, never from inside the method). Before this call (while the tables load) a
     * {@code Notify} has nowhere to go. The PnP manager calls it once, when it takes the firmware.
     */
    default void onNotify(java.util.function.Consumer<FirmwareNotification> listener) {
    }
}
