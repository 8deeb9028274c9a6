package dev.gpioint.cli.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing case to a minimal one that still fails: greedily drops trace steps, then whole devices (and
 * their steps), then single interrupts of a device, then unused nets and controllers, until no single removal
 * keeps it failing. Indexes are renumbered, so the result prints as a small ASL board and scenario.
 */
public final class CaseShrinker {
    private CaseShrinker() {
    }

    /** The smallest case found that {@code fails}; {@code failing} itself must fail. */
    public static Case shrink(Case failing, Predicate<Case> fails) {
        Case best = failing;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Case candidate : candidates(best)) {
                if (valid(candidate) && fails.test(candidate)) {
                    best = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Whether a trace stays inside what the generator produces: power transitions from the right state,
     * removals once, level requests only on devices in D0.
     */
    static boolean valid(Case c) {
        for (DeviceSpec device : c.board().devices()) {
            boolean onFaulty = device.nets().stream().map(n -> c.board().nets().get(n))
                    .anyMatch(n -> n.isPin() && c.board().controllers().get(n.controller()).faulty());
            if (onFaulty && device.nets().stream().anyMatch(n -> c.board().nets().get(n).shared())) {
                return false; // see CaseGenerator: a faulty controller's consumers keep to exclusive nets
            }
        }
        int[] state = new int[c.board().devices().size()];
        boolean[][] disabled = new boolean[state.length][4];
        for (Step step : c.steps()) {
            switch (step) {
                case Step.Power power -> {
                    if (state[power.device()] != (power.up() ? 1 : 0)) {
                        return false;
                    }
                    state[power.device()] = power.up() ? 0 : 1;
                    disabled[power.device()] = new boolean[4];
                }
                case Step.Interrupt toggle -> {
                    if (state[toggle.device()] != 0 || disabled[toggle.device()][toggle.interrupt()] != toggle.enabled()
                            || toggle.interrupt() >= c.board().devices().get(toggle.device()).nets().size()) {
                        return false;
                    }
                    disabled[toggle.device()][toggle.interrupt()] = !toggle.enabled();
                }
                case Step.Remove remove -> {
                    if (state[remove.device()] == 2) {
                        return false;
                    }
                    state[remove.device()] = 2;
                }
                case Step.Raise raise -> {
                    if (state[raise.device()] != 0 || disabled[raise.device()][raise.interrupt()]) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
    }

    private static List<Case> candidates(Case c) {
        var list = new ArrayList<Case>();
        for (int d = 0; d < c.board().devices().size(); d++) {
            list.add(withoutDevice(c, d));
        }
        for (int s = c.steps().size() - 1; s >= 0; s--) {
            var steps = new ArrayList<>(c.steps());
            steps.remove(s);
            list.add(new Case(c.seed(), c.board(), steps));
        }
        for (DeviceSpec device : c.board().devices()) {
            if (device.nets().size() > 1) {
                for (int i = 0; i < device.nets().size(); i++) {
                    list.add(withoutInterrupt(c, device.index(), i));
                }
            }
        }
        for (DeviceSpec device : c.board().devices()) {
            if (device.faulty()) {
                var devices = new ArrayList<>(c.board().devices());
                devices.set(devices.indexOf(device), new DeviceSpec(device.index(), device.flavour(), device.nets()));
                list.add(new Case(c.seed(), new BoardSpec(c.board().controllers(), c.board().nets(), devices), c.steps()));
            }
        }
        for (ControllerSpec controller : c.board().controllers()) {
            if (controller.faulty()) {
                var controllers = new ArrayList<>(c.board().controllers());
                controllers.set(controller.index(), new ControllerSpec(controller.index(), controller.emulateActiveBoth(),
                        controller.emulateDebouncing(), controller.triggerModes()));
                list.add(new Case(c.seed(), new BoardSpec(controllers, c.board().nets(), c.board().devices()), c.steps()));
            }
        }
        Case compact = compact(c);
        if (compact.board().nets().size() < c.board().nets().size() || compact.board().controllers().size() < c.board().controllers().size()) {
            list.add(compact);
        }
        return list;
    }

    private static Case withoutDevice(Case c, int position) {
        var devices = new ArrayList<DeviceSpec>();
        int removed = c.board().devices().get(position).index();
        for (DeviceSpec device : c.board().devices()) {
            if (device.index() != removed) {
                devices.add(new DeviceSpec(devices.size(), device.flavour(), device.nets(), device.fault()));
            }
        }
        var steps = new ArrayList<Step>();
        for (Step step : c.steps()) {
            int device = deviceOf(step);
            if (device == removed) {
                continue;
            }
            steps.add(device > removed ? renumber(step, device - 1) : step);
        }
        return new Case(c.seed(), new BoardSpec(c.board().controllers(), c.board().nets(), devices), steps);
    }

    private static Case withoutInterrupt(Case c, int deviceIndex, int interrupt) {
        var devices = new ArrayList<DeviceSpec>();
        for (DeviceSpec device : c.board().devices()) {
            if (device.index() == deviceIndex) {
                var nets = new ArrayList<>(device.nets());
                nets.remove(interrupt);
                devices.add(new DeviceSpec(device.index(), device.flavour(), nets, device.fault()));
            } else {
                devices.add(device);
            }
        }
        var steps = new ArrayList<Step>();
        for (Step step : c.steps()) {
            if (step instanceof Step.Raise raise && raise.device() == deviceIndex) {
                if (raise.interrupt() == interrupt) {
                    continue;
                }
                if (raise.interrupt() > interrupt) {
                    step = new Step.Raise(raise.timeNanos(), raise.device(), raise.interrupt() - 1, raise.count());
                }
            }
            if (step instanceof Step.Interrupt toggle && toggle.device() == deviceIndex) {
                if (toggle.interrupt() == interrupt) {
                    continue;
                }
                if (toggle.interrupt() > interrupt) {
                    step = new Step.Interrupt(toggle.timeNanos(), toggle.device(), toggle.interrupt() - 1, toggle.enabled());
                }
            }
            steps.add(step);
        }
        return new Case(c.seed(), new BoardSpec(c.board().controllers(), c.board().nets(), devices), steps);
    }

    /** Drops nets nobody consumes (and their steps) and controllers no net uses, renumbering both. */
    private static Case compact(Case c) {
        BoardSpec board = c.board();
        var usedControllers = new ArrayList<Integer>();
        var netMap = new int[board.nets().size()];
        var nets = new ArrayList<Net>();
        for (int n = 0; n < board.nets().size(); n++) {
            netMap[n] = -1;
            if (board.consumers(n).isEmpty()) {
                continue;
            }
            Net net = board.nets().get(n);
            if (net.isPin() && !usedControllers.contains(net.controller())) {
                usedControllers.add(net.controller());
            }
            netMap[n] = nets.size();
            nets.add(net);
        }
        // Serial controllers cascade onto controller 0: keep it while any of them stays.
        if (usedControllers.stream().anyMatch(i -> board.controllers().get(i).serial()) && !usedControllers.contains(0)) {
            usedControllers.add(0);
        }
        usedControllers.sort(null);
        var controllers = new ArrayList<ControllerSpec>();
        for (int old : usedControllers) {
            ControllerSpec spec = board.controllers().get(old);
            controllers.add(new ControllerSpec(controllers.size(), spec.emulateActiveBoth(), spec.emulateDebouncing(), spec.triggerModes(),
                    spec.fault(), spec.serial()));
        }
        for (int i = 0; i < nets.size(); i++) {
            Net net = nets.get(i);
            if (net.isPin()) {
                nets.set(i, new Net(usedControllers.indexOf(net.controller()), net.pin(), net.gsiv(), net.mode(), net.polarity(),
                        net.debounce(), net.shared()));
            }
        }
        var devices = new ArrayList<DeviceSpec>();
        for (DeviceSpec device : board.devices()) {
            devices.add(new DeviceSpec(device.index(), device.flavour(), device.nets().stream().map(n -> netMap[n]).toList(), device.fault()));
        }
        var steps = new ArrayList<Step>();
        for (Step step : c.steps()) {
            switch (step) {
                case Step.Drive drive when netMap[drive.net()] >= 0 ->
                        steps.add(new Step.Drive(drive.timeNanos(), netMap[drive.net()], drive.high()));
                case Step.Glitch glitch when netMap[glitch.net()] >= 0 ->
                        steps.add(new Step.Glitch(glitch.timeNanos(), netMap[glitch.net()], glitch.high(), glitch.widthNanos()));
                case Step.Drive drive -> { }
                case Step.Glitch glitch -> { }
                default -> steps.add(step);
            }
        }
        return new Case(c.seed(), new BoardSpec(controllers, nets, devices), steps);
    }

    private static int deviceOf(Step step) {
        return switch (step) {
            case Step.Raise raise -> raise.device();
            case Step.Power power -> power.device();
            case Step.Remove remove -> remove.device();
            case Step.Interrupt toggle -> toggle.device();
            default -> -1;
        };
    }

    private static Step renumber(Step step, int device) {
        return switch (step) {
            case Step.Raise raise -> new Step.Raise(raise.timeNanos(), device, raise.interrupt(), raise.count());
            case Step.Power power -> new Step.Power(power.timeNanos(), device, power.up());
            case Step.Remove remove -> new Step.Remove(remove.timeNanos(), device, remove.surprise());
            case Step.Interrupt toggle -> new Step.Interrupt(toggle.timeNanos(), device, toggle.interrupt(), toggle.enabled());
            default -> step;
        };
    }
}
