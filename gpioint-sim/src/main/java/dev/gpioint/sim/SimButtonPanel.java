package dev.gpioint.sim;

import dev.gpioint.kernel.Machine;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Hardware buttons, each pulling its wire low while pressed (an open switch reads high through a pull-up), in
 * the order the Windows button array lists them: power, windows, volume up, volume down, rotation lock. A
 * glitch is a press shorter than any debounce, as ESD or a bouncing contact makes.
 */
public final class SimButtonPanel {
    /** The button names in array order. */
    public static final List<String> NAMES = List.of("power", "windows", "volume-up", "volume-down", "rotation-lock");

    private final Machine machine;
    private final SignalSink[] wires;

    public SimButtonPanel(Machine machine, List<SignalSink> wires) {
        if (wires.isEmpty() || wires.size() > NAMES.size()) {
            throw new IllegalArgumentException("a button panel has 1.." + NAMES.size() + " buttons, not " + wires.size());
        }
        this.machine = machine;
        this.wires = wires.toArray(SignalSink[]::new);
        for (SignalSink wire : this.wires) {
            wire.drive(true);
        }
    }

    /** The index of a button by name ("power", "volume-up", ...). */
    public int index(String name) {
        int index = NAMES.indexOf(name.toLowerCase(Locale.ROOT));
        if (index < 0 || index >= wires.length) {
            throw new IllegalArgumentException("no button '" + name + "' (buttons: " + NAMES.subList(0, wires.length) + ")");
        }
        return index;
    }

    public void press(int button) {
        wires[button].drive(false);
    }

    public void release(int button) {
        wires[button].drive(true);
    }

    /** Press now, release after {@code hold}. */
    public void click(int button, Duration hold) {
        press(button);
        machine.schedule(hold, () -> release(button));
    }
}
