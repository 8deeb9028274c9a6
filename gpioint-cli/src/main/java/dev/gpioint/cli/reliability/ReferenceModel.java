package dev.gpioint.cli.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * What each probe driver must see for a board and a trace, written from the delivery rules and nothing else
 * (docs/reliability.md lists them with their sources):
 * <ul>
 *   <li>an edge net delivers one ISR call to every connected consumer per transition into its asserted level;
 *       an ActiveBoth net per transition either way; a transition while nobody is connected is lost;</li>
 *   <li>an ActiveBoth net the class extension emulates (asked to, or because it debounces the pin, or because
 *       the hardware has no edge detection) also reports the asserted (low) state when it is enabled, that is,
 *       when its first consumer connects while the line is low; the deterministic machine services that
 *       interrupt once the PnP operation (boot, a D0 entry) returns, so every consumer connected by then gets
 *       it (after the debounce timeout if debounced);</li>
 *   <li>a debounced net (emulated debouncing, non-zero timeout) ignores a change that does not last the
 *       timeout; a change that does is delivered after it;</li>
 *   <li>a level net requests as long as a consumer has a pending request; each request calls the connected
 *       DIRQL consumers in connection order, then the passive ones, until one claims; the claimer silences one
 *       request;</li>
 *   <li>a device's interrupts connect in resource order when it enters D0 (at boot, in device order) and
 *       disconnect when it leaves D0 or is removed (a surprise removal too: its pending requests go with the
 *       hardware, and there are none between steps); its driver's WdfInterruptDisable disconnects one and
 *       WdfInterruptEnable connects it again; a reconnected interrupt goes after the others of its kind.</li>
 * </ul>
 * The generator keeps traces inside these rules' reach: steps 1 ms apart, glitches shorter than half their
 * debounce, level requests raised only on connected devices.
 */
public final class ReferenceModel {
    private final BoardSpec board;
    private final Expectation expectation;
    /** Per net: the connected consumers, {device, interrupt, passive}, in connection order. */
    private final List<List<int[]>> chains = new ArrayList<>();
    private final boolean[] high;
    /** Nets whose asserted-state report at enable is pending until the step's PnP operation returns. */
    private final java.util.Set<Integer> initialReports = new java.util.LinkedHashSet<>();
    /** Per device: 0 = in D0, 1 = in D3, 2 = removed. */
    private final int[] state;

    private ReferenceModel(Case c) {
        this.board = c.board();
        this.expectation = new Expectation(c.steps().size() + 1);
        for (int i = 0; i < board.nets().size(); i++) {
            chains.add(new ArrayList<>());
        }
        high = new boolean[board.nets().size()];
        for (int i = 0; i < high.length; i++) {
            Net net = board.nets().get(i);
            // A level net's open-drain outputs hold it released; every other input starts low.
            high[i] = net.isLevel() && !net.assertedHigh();
        }
        int maxDevice = board.devices().stream().mapToInt(DeviceSpec::index).max().orElse(-1);
        state = new int[maxDevice + 1];
    }

    /** The expectation for {@code c}. */
    public static Expectation expect(Case c) {
        var model = new ReferenceModel(c);
        for (DeviceSpec device : model.board.devices()) {
            model.connectAll(device);
        }
        model.settleInitialReports(0);
        int bucket = 1;
        for (Step step : c.steps()) {
            model.apply(step, bucket);
            model.settleInitialReports(bucket++);
        }
        return model.expectation;
    }

    private void apply(Step step, int bucket) {
        switch (step) {
            case Step.Drive drive -> {
                if (high[drive.net()] != drive.high()) {
                    high[drive.net()] = drive.high();
                    transition(drive.net(), drive.high(), bucket);
                }
            }
            case Step.Glitch glitch -> {
                // The input goes to glitch.high() and, after the width, to the other level, where it stays. On a
                // debounced net a change that does not last the timeout is not seen at all.
                Net net = board.nets().get(glitch.net());
                boolean changes = high[glitch.net()] != glitch.high();
                if (changes && !(debounced(net) && glitch.widthNanos() < net.debounceNanos())) {
                    transition(glitch.net(), glitch.high(), bucket);
                    high[glitch.net()] = glitch.high();
                }
                if (high[glitch.net()] == glitch.high()) {
                    high[glitch.net()] = !glitch.high();
                    transition(glitch.net(), !glitch.high(), bucket);
                }
            }
            case Step.Raise raise -> raise(raise, bucket);
            case Step.Power power -> {
                DeviceSpec device = board.device(power.device());
                if (power.up() && state[device.index()] == 1) {
                    state[device.index()] = 0;
                    connectAll(device);
                } else if (!power.up() && state[device.index()] == 0) {
                    state[device.index()] = 1;
                    disconnect(device);
                }
            }
            case Step.Interrupt toggle -> {
                DeviceSpec device = board.device(toggle.device());
                if (state[device.index()] == 0) {
                    if (toggle.enabled()) {
                        connect(device, toggle.interrupt());
                    } else {
                        disconnect(device, toggle.interrupt());
                    }
                }
            }
            case Step.Remove remove -> {
                DeviceSpec device = board.device(remove.device());
                if (state[device.index()] == 0) {
                    disconnect(device);
                }
                state[device.index()] = 2;
            }
        }
    }

    private boolean debounced(Net net) {
        return net.isPin() && net.debounce() > 0 && board.controllers().get(net.controller()).emulateDebouncing();
    }

    private boolean emulatedActiveBoth(Net net) {
        if (!net.isPin() || !net.isActiveBoth()) {
            return false;
        }
        ControllerSpec controller = board.controllers().get(net.controller());
        return controller.emulateActiveBoth() || debounced(net) || !controller.detectsEdges();
    }

    private void transition(int netIndex, boolean nowHigh, int bucket) {
        Net net = board.nets().get(netIndex);
        if (net.isLevel()) {
            return; // level nets are driven by their devices' requests, see raise
        }
        boolean asserting = net.isActiveBoth() || nowHigh == net.assertedHigh();
        if (asserting) {
            for (int[] consumer : chains.get(netIndex)) {
                expectation.call(consumer[0], consumer[1], bucket, true);
            }
        }
    }

    private void raise(Step.Raise raise, int bucket) {
        DeviceSpec device = board.device(raise.device());
        int netIndex = device.nets().get(raise.interrupt());
        List<int[]> chain = chains.get(netIndex);
        for (int request = 0; request < raise.count(); request++) {
            boolean claimed = false;
            for (int pass = 0; pass < 2 && !claimed; pass++) {
                boolean passive = pass == 1;
                for (int[] consumer : chain) {
                    if ((consumer[2] == 1) != passive) {
                        continue;
                    }
                    boolean mine = consumer[0] == raise.device() && consumer[1] == raise.interrupt();
                    expectation.call(consumer[0], consumer[1], bucket, mine);
                    if (mine) {
                        claimed = true;
                        break;
                    }
                }
            }
        }
    }

    private void connectAll(DeviceSpec device) {
        for (int i = 0; i < device.nets().size(); i++) {
            connect(device, i);
        }
    }

    /** Connects one interrupt (a no-op if it is connected): it goes after the connected ones of its kind. */
    private void connect(DeviceSpec device, int i) {
        int netIndex = device.nets().get(i);
        List<int[]> chain = chains.get(netIndex);
        for (int[] consumer : chain) {
            if (consumer[0] == device.index() && consumer[1] == i) {
                return;
            }
        }
        boolean enables = chain.isEmpty();
        chain.add(new int[] {device.index(), i, device.flavour().passive() ? 1 : 0});
        expectation.of(device.index(), i);
        Net net = board.nets().get(netIndex);
        if (enables && emulatedActiveBoth(net) && !high[netIndex]) {
            // An interrupt raised by the enable: serviced once the PnP operation returns (after the timeout if
            // debounced), by whoever is connected then.
            initialReports.add(netIndex);
        }
    }

    private void disconnect(DeviceSpec device, int interrupt) {
        chains.get(device.nets().get(interrupt)).removeIf(c -> c[0] == device.index() && c[1] == interrupt);
    }

    /**
     * Delivers the asserted-state reports of the nets this step (or boot) enabled: the deterministic machine
     * services the interrupt an enable raises once the PnP operation that connected it returns.
     */
    private void settleInitialReports(int bucket) {
        for (int netIndex : initialReports) {
            if (!high[netIndex]) {
                for (int[] consumer : chains.get(netIndex)) {
                    expectation.call(consumer[0], consumer[1], bucket, true);
                }
            }
        }
        initialReports.clear();
    }

    private void disconnect(DeviceSpec device) {
        for (int i = device.nets().size() - 1; i >= 0; i--) {
            disconnect(device, i);
        }
    }
}
