package dev.gpioint.pnp;

import dev.gpioint.firmware.FirmwareMethodException;
import dev.gpioint.firmware.FirmwareMethods;
import dev.gpioint.firmware.FirmwareNotification;
import dev.gpioint.firmware.NamePath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Firmware methods a test scripts: each device's {@code _STA} (absolute {@code \X._STA} names), and methods by
 * name whose body may raise a {@code Notify} as AML would, from inside the evaluation.
 */
final class ScriptedMethods implements FirmwareMethods {
    final Map<NamePath, Integer> status = new HashMap<>();
    final Map<String, Runnable> bodies = new HashMap<>();
    private Consumer<FirmwareNotification> listener = n -> { };
    /** Set while a scripted method runs: what a Notify sees of the interpreter's state. */
    boolean inMethod;

    /** {@code Notify (path, code)} on an object of {@code kind}, as the interpreter hands it over. */
    void raise(String path, FirmwareNotification.TargetKind kind, int code) {
        listener.accept(new FirmwareNotification(NamePath.of(path), kind, code));
    }

    void raise(String path, int code) {
        raise(path, FirmwareNotification.TargetKind.DEVICE, code);
    }

    @Override
    public Optional<Object> evaluate(NamePath scope, String name, List<Object> args) throws FirmwareMethodException {
        if (name.endsWith("._STA")) {
            Integer sta = status.get(NamePath.of(name.substring(0, name.length() - "._STA".length())));
            if (sta == null) {
                throw new FirmwareMethodException("no " + name, true);
            }
            return Optional.of((long) sta);
        }
        Runnable body = bodies.get(name);
        if (body == null) {
            throw new FirmwareMethodException("no object named " + name + " is reachable from " + scope, true);
        }
        inMethod = true;
        try {
            body.run();
        } finally {
            inMethod = false;
        }
        return Optional.empty();
    }

    @Override
    public boolean exists(NamePath scope, String name) {
        if (name.endsWith("._STA")) {
            return status.containsKey(NamePath.of(name.substring(0, name.length() - "._STA".length())));
        }
        return bodies.containsKey(name);
    }

    @Override
    public void onNotify(Consumer<FirmwareNotification> value) {
        listener = value;
    }
}
