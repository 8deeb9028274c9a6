package dev.gpioint.sim.board;

import java.util.List;

/**
 * A piece of simulated hardware built for a firmware device, which a scenario can act on ("press power",
 * "sample 42"). {@link #action} checks an action and its arguments when the scenario is read, so a bad
 * scenario fails before anything runs; the returned step runs later, in hardware context, at its time.
 * <p>
 * Hardware a scenario has nothing to do with (controllers, stand-ins) keeps the defaults: no actions, and every
 * action refused as unknown, so a scenario naming one fails when it is read, with the same message as any other
 * unknown action.
 */
public interface SimulatedDevice {
    /** What the device is, for messages ("SimGpio controller, 128 pins"). */
    String describe();

    /** The actions it knows, each with its arguments ("sample VALUE"), for messages and help; none by default. */
    default List<String> actions() {
        return List.of();
    }

    /**
     * The step that performs {@code action} with {@code arguments}; throws IllegalArgumentException with a
     * message naming what is wrong (unknown action, missing or bad argument). By default every action is unknown.
     */
    default Runnable action(String action, List<String> arguments) {
        throw unknownAction(action);
    }

    /** The error for an action this device does not know, worded the same for every device. */
    static IllegalArgumentException unknownAction(String action) {
        return new IllegalArgumentException("unknown action '" + action + "'");
    }

    /**
     * The device is pulled out (surprise removal): its outputs let go and its registers stop answering. A device
     * that models nothing of the kind ignores it.
     */
    default void unplug() {
    }
}
