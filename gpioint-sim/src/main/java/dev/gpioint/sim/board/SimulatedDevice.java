package dev.gpioint.sim.board;

import java.util.List;

/**
 * A piece of simulated hardware built for a firmware device, which a scenario can act on ("press power",
 * "sample 42"). {@link #action} checks an action and its arguments when the scenario is read, so a bad
 * scenario fails before anything runs; the returned step runs later, in hardware context, at its time.
 */
public interface SimulatedDevice {
    /** What the device is, for messages ("SimGpio controller, 128 pins"). */
    String describe();

    /** The actions it knows, each with its arguments ("sample VALUE"), for messages and help. */
    List<String> actions();

    /**
     * The step that performs {@code action} with {@code arguments}; throws IllegalArgumentException with a
     * message naming what is wrong (unknown action, missing or bad argument).
     */
    Runnable action(String action, List<String> arguments);

    /**
     * The device is pulled out (surprise removal): its outputs let go and its registers stop answering. A device
     * that models nothing of the kind ignores it.
     */
    default void unplug() {
    }
}
