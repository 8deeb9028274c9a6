package dev.gpioint.cli.reliability;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random boards and traces from a seed: one to three SimGpio controllers with random capabilities (native or
 * emulated ActiveBoth, emulated debouncing, edge-only or level-only detection), in one board in three an I2C GPIO
 * expander (serial: passive consumers only), pins and primary lines with every
 * trigger, shared and exclusive, probe devices of every flavour (KMDF DIRQL, KMDF passive, UMDF) with one to four
 * interrupts, and a trace of edges, glitches, held levels, D3/D0 transitions, WdfInterruptDisable/Enable and
 * removals, one step a millisecond. One device in eight (KMDF) gets a driver fault: its first interrupt's ISR or DPC throws on an
 * early call. One SimGpio controller in ten (not the first) gets a client fault: an early
 * CLIENT_QueryActiveInterrupts fails, or stalls past the client-callback bound. The same seed gives the same case.
 *
 * <p>What the generator does not produce (each would need a rule the model does not have): UMDF consumers of
 * level or shared nets (UMDF cannot silence a level; shared edges are unsupported in UMDF), debounced levels,
 * level requests on a device that is not in D0.
 */
public final class CaseGenerator {
    private static final long STEP = 1_000_000L;

    private final Random random;
    private final long seed;
    private final List<ControllerSpec> controllers = new ArrayList<>();
    private final List<Net> nets = new ArrayList<>();
    private final List<Integer> consumers = new ArrayList<>();
    /** Per net: whether a UMDF device consumes it (then nobody may share it). */
    private final List<Boolean> umdf = new ArrayList<>();
    private final Set<String> usedSources = new HashSet<>();

    private CaseGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** The case for {@code seed}, with up to {@code maxSteps} steps. */
    public static Case generate(long seed, int maxSteps) {
        return new CaseGenerator(seed).build(maxSteps);
    }

    private Case build(int maxSteps) {
        int controllerCount = 1 + random.nextInt(3);
        String[] modes = {"edge-level", "edge-level", "edge", "level"};
        for (int i = 0; i < controllerCount; i++) {
            // One controller in ten stops answering on an early bank interrupt, but never the only one: the
            // check is that devices on the others do not notice. Half of them fail the query, half hang in it
            // past the client-callback bound (a stall of 101-250 us against the deterministic 100 us: short
            // enough that what a step causes still lands in its 1 ms bucket).
            String fault = "";
            if (i > 0 && random.nextInt(10) == 0) {
                int call = 1 + random.nextInt(4);
                fault = random.nextBoolean() ? "query-active-fail " + call : "query-active-stall " + call + " " + (101 + random.nextInt(150));
            }
            controllers.add(new ControllerSpec(i, random.nextInt(4) != 0, random.nextBoolean(), modes[random.nextInt(modes.length)], fault));
        }
        if (random.nextInt(3) == 0) {
            controllers.add(ControllerSpec.expander(controllerCount)); // passive: only passive consumers
        }
        for (int pin = ControllerSpec.CASCADE_PIN - 7; pin <= ControllerSpec.CASCADE_PIN; pin++) {
            usedSources.add(0 + "#" + pin); // where serial controllers cascade
        }
        var devices = new ArrayList<DeviceSpec>();
        int deviceCount = 1 + random.nextInt(6);
        for (int d = 0; d < deviceCount; d++) {
            int roll = random.nextInt(20);
            Flavour flavour = roll < 9 ? Flavour.KMDF_DIRQL : roll < 16 ? Flavour.KMDF_PASSIVE : Flavour.UMDF;
            String fault = flavour != Flavour.UMDF && random.nextInt(8) == 0
                    ? (random.nextBoolean() ? "isr-throw " : "dpc-throw ") + (1 + random.nextInt(6)) : "";
            // A device with a fault, and one in four others, keeps to exclusive nets (the others may then use a
            // faulty controller's pins).
            boolean exclusive = !fault.isEmpty() || random.nextInt(4) == 0;
            var mine = new ArrayList<Integer>();
            int interrupts = 1 + random.nextInt(4);
            for (int i = 0; i < interrupts; i++) {
                mine.add(pickNet(flavour, mine, exclusive));
            }
            devices.add(new DeviceSpec(d, flavour, mine, fault));
        }
        var board = new BoardSpec(controllers, nets, devices);
        return new Case(seed, board, trace(board, random.nextInt(maxSteps + 1)));
    }

    /** An existing net this device may share, or a new one it can use. */
    private int pickNet(Flavour flavour, List<Integer> mine, boolean exclusive) {
        if (flavour != Flavour.UMDF && !exclusive && random.nextInt(3) == 0) {
            var candidates = new ArrayList<Integer>();
            for (int n = 0; n < nets.size(); n++) {
                if (nets.get(n).shared() && !mine.contains(n) && consumers.get(n) > 0 && !umdfConsumes(n)
                        && (flavour.passive() || !serialNet(nets.get(n)))) {
                    candidates.add(n);
                }
            }
            if (!candidates.isEmpty()) {
                int n = candidates.get(random.nextInt(candidates.size()));
                consumers.set(n, consumers.get(n) + 1);
                return n;
            }
        }
        Net net = newNet(flavour, exclusive);
        if (exclusive && net.shared()) {
            net = new Net(net.controller(), net.pin(), net.gsiv(), net.mode(), net.polarity(), net.debounce(), false);
        }
        nets.add(net);
        consumers.add(1);
        umdf.add(flavour == Flavour.UMDF);
        return nets.size() - 1;
    }

    private boolean serialNet(Net net) {
        return net.isPin() && controllers.get(net.controller()).serial();
    }

    private boolean umdfConsumes(int net) {
        return umdf.get(net);
    }

    private Net newNet(Flavour flavour, boolean exclusive) {
        boolean pin = random.nextInt(5) != 0;
        boolean levelAllowed = flavour != Flavour.UMDF;
        InterruptMode mode;
        Polarity polarity;
        int kind = random.nextInt(pin ? 5 : 4);
        if (!levelAllowed && (kind == 2 || kind == 3)) {
            kind = random.nextInt(2);
        }
        switch (kind) {
            case 0 -> { mode = InterruptMode.EDGE; polarity = Polarity.ACTIVE_HIGH; }
            case 1 -> { mode = InterruptMode.EDGE; polarity = Polarity.ACTIVE_LOW; }
            case 2 -> { mode = InterruptMode.LEVEL; polarity = Polarity.ACTIVE_HIGH; }
            case 3 -> { mode = InterruptMode.LEVEL; polarity = Polarity.ACTIVE_LOW; }
            default -> { mode = InterruptMode.EDGE; polarity = Polarity.ACTIVE_BOTH; }
        }
        boolean shared = flavour != Flavour.UMDF && random.nextInt(3) == 0;
        if (!pin) {
            long gsiv;
            do {
                gsiv = 100 + random.nextInt(40);
            } while (!usedSources.add("gsiv" + gsiv));
            return new Net(-1, -1, gsiv, mode, polarity, 0, shared);
        }
        int controller = random.nextInt(controllers.size());
        if (!flavour.passive() && controllers.get(controller).serial()) {
            controller = 0; // a DIRQL ISR cannot serve a pin of a passive controller
        }
        if (!exclusive && controllers.get(controller).faulty()) {
            // A faulty controller's consumers fail with it; one that shared a level line with others would leave
            // its hardware asserting a line nobody silences. Only devices whose nets are all exclusive use it.
            controller = 0;
        }
        int number;
        do {
            number = random.nextInt(controllers.get(controller).pins());
        } while (!usedSources.add(controller + "#" + number));
        int debounce = mode == InterruptMode.EDGE && controllers.get(controller).emulateDebouncing() && random.nextBoolean()
                ? 5 + random.nextInt(36) : 0;
        return new Net(controller, number, -1, mode, polarity, debounce, shared);
    }

    private List<Step> trace(BoardSpec board, int count) {
        var steps = new ArrayList<Step>();
        boolean[] high = new boolean[board.nets().size()];
        for (int i = 0; i < high.length; i++) {
            high[i] = board.nets().get(i).isLevel() && !board.nets().get(i).assertedHigh();
        }
        int[] state = new int[board.devices().size()]; // 0 D0, 1 D3, 2 removed
        boolean[][] disabled = new boolean[board.devices().size()][4];
        for (int k = 1; k <= count; k++) {
            long time = k * STEP;
            int roll = random.nextInt(100);
            DeviceSpec device = board.devices().get(random.nextInt(board.devices().size()));
            if (roll < 8) {
                if (state[device.index()] == 0) {
                    steps.add(new Step.Power(time, device.index(), false));
                    state[device.index()] = 1;
                } else if (state[device.index()] == 1) {
                    steps.add(new Step.Power(time, device.index(), true));
                    state[device.index()] = 0;
                    disabled[device.index()] = new boolean[4]; // D0 entry connects every interrupt
                }
                continue;
            }
            if (roll < 15) {
                if (state[device.index()] == 0) {
                    int interrupt = random.nextInt(device.nets().size());
                    disabled[device.index()][interrupt] = !disabled[device.index()][interrupt];
                    steps.add(new Step.Interrupt(time, device.index(), interrupt, !disabled[device.index()][interrupt]));
                }
                continue;
            }
            if (roll < 10 && random.nextInt(2) == 0) {
                if (state[device.index()] != 2) {
                    steps.add(new Step.Remove(time, device.index(), random.nextBoolean()));
                    state[device.index()] = 2;
                }
                continue;
            }
            int netIndex = device.nets().get(random.nextInt(device.nets().size()));
            Net net = board.nets().get(netIndex);
            if (net.isLevel()) {
                int interrupt = device.nets().indexOf(netIndex);
                if (state[device.index()] == 0 && !disabled[device.index()][interrupt]) {
                    steps.add(new Step.Raise(time, device.index(), interrupt, 1 + random.nextInt(4)));
                }
                continue;
            }
            if (net.isPin() && roll < 35 && !board.controllers().get(net.controller()).serial()) {
                long width = net.debounce() > 0 && board.controllers().get(net.controller()).emulateDebouncing()
                        ? 1 + random.nextInt(net.debounce() * 10 / 2) : 1 + random.nextInt(200);
                steps.add(new Step.Glitch(time, netIndex, !high[netIndex], width * 1000));
                continue;
            }
            high[netIndex] = !high[netIndex];
            steps.add(new Step.Drive(time, netIndex, high[netIndex]));
        }
        return steps;
    }
}
