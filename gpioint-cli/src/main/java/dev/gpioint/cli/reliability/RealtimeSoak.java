package dev.gpioint.cli.reliability;

import dev.gpioint.drivers.probe.ProbeDevice;
import dev.gpioint.drivers.probe.ProbeLog;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.kernel.IdlePolicy;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.SimGpioController;
import dev.gpioint.sim.SimProbe;
import dev.gpioint.sim.board.SimBoard;
import dev.gpioint.sim.board.SimGpioHardware;
import dev.gpioint.sim.board.SimProbeHardware;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The realtime soak: a board of {@code pins} edge pins (SimGpio controllers of 128 pins, probe devices of 32
 * interrupts each, a quarter of them passive) on a realtime machine, and several injector threads each owning
 * a share of the pins. An injector writes the next sequence number into the pin's probe register, then drives
 * a rising edge, and edges a pin again only once its driver has seen the previous number (an edge on a pin whose
 * status is still latched would merge, as on hardware). Every edge is counted at the source; the driver checks
 * the numbers, so lost, duplicated and reordered deliveries are counted per pin, not assumed away.
 *
 * <p>Faults run beside the traffic: devices whose first ISR or first DPC throws on a chosen call (they must end
 * failed and their interrupts quarantined, with no effect on the others), and a device that a fault thread takes
 * through D3 and back to D0 again and again while a storm thread edges its pins without pause (no edge injected
 * inside D0 may be lost, none may ever be duplicated or reordered), then pulls it out (surprise removal) during
 * the storm. Last, a controller whose client hangs: its first CLIENT_QueryActiveInterrupts busy-waits
 * {@value #HANG_STALL_MICROS} us, past the soak machine's client-callback bound of {@link #HANG_BOUND}, and the
 * controller must end failed by the bound, its report naming the callback, while the traffic on the others goes
 * on. The seed decides the layout, the injectors' pin orders and the faults; timing is the machine's.
 */
public final class RealtimeSoak {
    static final int PER_DEVICE = 32;
    /**
     * The soak machine's client-callback bound. Wall-clock time counts while the host has a processor thread
     * preempted, so it must stay far above a healthy SimGpio callback on a loaded host: a first try at 250 ms
     * lost exactly one healthy controller's 128 pins in a 30-s soak (taken to be a false overrun; the soak did
     * not yet check controllers' states). Far below the realtime default (20 s), so the hang costs 2 s.
     */
    static final Duration HANG_BOUND = Duration.ofSeconds(1);
    /** How long the hung client's query stalls. */
    static final long HANG_STALL_MICROS = 2_000_000;

    /** What the soak counted. */
    public record Result(long seed, long injected, long delivered, long lost, long duplicated, long misordered,
                         long faults, List<String> problems) {
        public boolean clean() {
            return lost == 0 && duplicated == 0 && misordered == 0 && problems.isEmpty();
        }
    }

    private RealtimeSoak() {
    }

    /** The fewest pins a soak can run on: one device's worth. */
    public static int minimumPins() {
        return PER_DEVICE;
    }

    public static Result run(long seed, Duration duration, int processors, int injectors, int pins, Consumer<String> progress) {
        var random = new Random(seed);
        int controllers = (pins + ControllerSpec.PINS - 1) / ControllerSpec.PINS;
        int devices = (pins + PER_DEVICE - 1) / PER_DEVICE;
        boolean[] passive = new boolean[devices];
        for (int d = 0; d < devices; d++) {
            passive[d] = random.nextInt(4) == 0;
        }
        String[] faults = {"isr-throw " + (1 + random.nextInt(200)), "dpc-throw " + (1 + random.nextInt(200))};
        Firmware firmware = firmware(controllers + 1, devices, passive, faults);
        var problems = new ArrayList<String>();
        long faultsInjected = 0;
        try (Machine machine = Machine.create(MachineOptions.realtime(processors, IdlePolicy.PARK).withMeasureTime(false)
                .withCallbackBound(HANG_BOUND))) {
            SimBoard hardware = SimBoard.build(machine, firmware);
            problems.addAll(hardware.problems());
            var pnp = new PnpManager(machine, firmware, DriverCatalog.fromServiceLoader());
            pnp.startAll();
            machine.runUntilIdle();
            SimGpioController[] gpio = new SimGpioController[controllers + 1];
            for (int c = 0; c <= controllers; c++) {
                gpio[c] = ((SimGpioHardware) hardware.device(NamePath.of(controllerPath(c))).orElseThrow()).controller();
            }
            int total = devices + faults.length + 1;
            SimProbe[] probes = new SimProbe[total];
            ProbeLog[] logs = new ProbeLog[total];
            for (int d = 0; d < total; d++) {
                String path = devicePath(d);
                if (pnp.device(path).state() != DeviceState.STARTED) {
                    problems.add(path + " did not start: " + pnp.device(path).failureReason().orElse("?"));
                    return new Result(seed, 0, 0, 0, 0, 0, 0, problems);
                }
                probes[d] = ((SimProbeHardware) hardware.device(NamePath.of(path)).orElseThrow()).probe();
                logs[d] = ((ProbeDevice) pnp.device(path).driverObject().orElseThrow()).log();
            }
            long[] injected = new long[pins];
            long deadline = System.nanoTime() + duration.toNanos();
            var sent = new AtomicLong();
            var threads = new ArrayList<Thread>();
            for (int i = 0; i < injectors; i++) {
                var mine = new ArrayList<Integer>();
                for (int p = i; p < pins; p += injectors) {
                    mine.add(p);
                }
                java.util.Collections.shuffle(mine, random);
                int[] order = mine.stream().mapToInt(Integer::intValue).toArray();
                threads.add(Thread.ofPlatform().name("injector-" + i).start(() ->
                        inject(order, injected, gpio, probes, logs, deadline, sent)));
            }
            String hungPath = controllerPath(controllers + 1);
            SimGpioController hung = ((SimGpioHardware) hardware.device(NamePath.of(hungPath)).orElseThrow()).controller();
            threads.add(Thread.ofPlatform().name("hang-injector").start(() -> hang(pnp, hung, hungPath, deadline)));
            var faultCount = new AtomicLong();
            var stormLost = new AtomicLong();
            threads.add(Thread.ofPlatform().name("fault-injector").start(() ->
                    faultTraffic(pnp, gpio[controllers], probes, logs, devices, deadline, faultCount, stormLost, problems)));
            long lastReport = System.nanoTime();
            long lastSent = 0;
            while (System.nanoTime() < deadline) {
                sleepMillis(200);
                long now = System.nanoTime();
                if (now - lastReport >= 5_000_000_000L) {
                    long count = sent.get();
                    progress.accept(String.format("realtime: %,d interrupts injected (%,.0f/s), %d s left", count,
                            (count - lastSent) * 1e9 / (now - lastReport), Math.max(0, (deadline - now) / 1_000_000_000L)));
                    lastReport = now;
                    lastSent = count;
                }
            }
            for (Thread thread : threads) {
                join(thread);
            }
            // Let the machine finish every edge in flight, then count.
            long settle = System.nanoTime() + 5_000_000_000L;
            while (!allSeen(injected, logs) && System.nanoTime() < settle) {
                sleepMillis(10);
            }
            machine.runUntilIdle();
            long delivered = 0;
            long lost = 0;
            long duplicated = 0;
            long misordered = 0;
            long injectedTotal = 0;
            for (int p = 0; p < pins; p++) {
                ProbeLog log = logs[p / PER_DEVICE];
                int index = p % PER_DEVICE;
                injectedTotal += injected[p];
                delivered += log.claimed(index);
                lost += log.lost(index) + (injected[p] - log.lastSequence(index));
                duplicated += log.duplicated(index);
                misordered += log.misordered(index);
            }
            faultsInjected = faultCount.get();
            lost += stormLost.get();
            for (int f = 0; f < faults.length; f++) {
                String path = devicePath(devices + f);
                DeviceState state = pnp.device(path).state();
                if (state != DeviceState.FAILED) {
                    problems.add(path + " (" + faults[f] + ") should have failed, but is " + state);
                } else {
                    faultsInjected++;
                }
            }
            String hungReason = pnp.device(hungPath).failureReason().orElse("");
            if (pnp.device(hungPath).state() != DeviceState.FAILED || !hungReason.contains("watchdog")
                    || !hungReason.contains("CLIENT_QueryActiveInterrupts")) {
                problems.add(hungPath + " (query-active-stall) should have been failed by the client-callback bound, but is "
                        + pnp.device(hungPath).state() + " " + hungReason);
            } else {
                faultsInjected++;
                progress.accept("realtime: " + hungPath + " failed: " + hungReason);
            }
            for (int c = 0; c <= controllers; c++) {
                var node = pnp.device(controllerPath(c));
                if (node.state() != DeviceState.STARTED) {
                    // A healthy controller failed (a false overrun of the bound, say) silences all its pins.
                    problems.add(controllerPath(c) + " ends " + node.state() + " " + node.failureReason().orElse(""));
                }
            }
            for (int d = 0; d < devices; d++) {
                if (pnp.device(devicePath(d)).state() != DeviceState.STARTED) {
                    problems.add(devicePath(d) + " ends " + pnp.device(devicePath(d)).state() + " "
                            + pnp.device(devicePath(d)).failureReason().orElse(""));
                }
            }
            return new Result(seed, injectedTotal, delivered, lost, duplicated, misordered, faultsInjected, problems);
        }
    }

    private static void inject(int[] order, long[] injected, SimGpioController[] gpio, SimProbe[] probes, ProbeLog[] logs,
                               long deadline, AtomicLong sent) {
        long local = 0;
        while (true) {
            for (int p : order) {
                ProbeLog log = logs[p / PER_DEVICE];
                int index = p % PER_DEVICE;
                if (log.lastSequence(index) != injected[p]) {
                    continue; // its last edge is not serviced yet: edging again would merge with it
                }
                int next = (int) ++injected[p];
                probes[p / PER_DEVICE].setSequence(index, next);
                SimGpioController controller = gpio[p / ControllerSpec.PINS];
                int pin = p % ControllerSpec.PINS;
                controller.setInput(pin, true);
                controller.setInput(pin, false);
                local++;
            }
            sent.addAndGet(local);
            local = 0;
            if (System.nanoTime() >= deadline) {
                return;
            }
            Thread.onSpinWait();
        }
    }

    /**
     * Edges the hung controller's pin once: its client's query stalls past the bound on a processor thread, and
     * the controller is failed when the query returns. Waits for that, at most until the soak ends.
     */
    private static void hang(PnpManager pnp, SimGpioController hung, String path, long deadline) {
        hung.setInput(0, true);
        hung.setInput(0, false);
        // The stall may outlast a short soak: wait for the failure past the deadline, a bounded time.
        long until = Math.max(deadline, System.nanoTime() + HANG_BOUND.toNanos() + 2 * HANG_STALL_MICROS * 1000);
        while (pnp.device(path).state() != DeviceState.FAILED && System.nanoTime() < until) {
            sleepMillis(5);
        }
    }

    /** Interrupts of the device the fault thread takes through D3 while a storm hits it. */
    static final int STORM_PINS = 8;

    /**
     * The fault thread: edges the fault devices' pins until they fail (one serviced edge at a time, so the fault
     * comes on its chosen call), then takes the storm device through D3 and back to D0 again and again while a
     * storm thread edges its pins without pause, and at the end pulls it out (surprise removal) while the
     * storm goes on. An edge injected entirely inside D0 (no transition began before
     * it and none had begun when it was driven) must be delivered; an edge that overlaps a transition may be
     * lost (the pin is disabled), never duplicated nor reordered.
     */
    private static void faultTraffic(PnpManager pnp, SimGpioController gpio, SimProbe[] probes, ProbeLog[] logs, int devices,
                                     long deadline, AtomicLong faults, AtomicLong stormLost, List<String> problems) {
        try {
            for (int f = 0; f < 2; f++) {
                int device = devices + f;
                for (int k = 0; k < 400 && pnp.device(devicePath(device)).state() == DeviceState.STARTED; k++) {
                    int next = logs[device].lastSequence(0) + 1;
                    long deferredBefore = logs[device].deferred(0);
                    probes[device].setSequence(0, next);
                    gpio.setInput(f, true);
                    gpio.setInput(f, false);
                    long until = System.nanoTime() + 100_000_000L;
                    // Wait for the ISR and for its DPC, so DPCs do not coalesce and the N-th comes on the N-th edge.
                    while ((logs[device].lastSequence(0) != next || logs[device].deferred(0) <= deferredBefore)
                            && System.nanoTime() < until) {
                        java.util.concurrent.locks.LockSupport.parkNanos(10_000);
                    }
                }
            }
            int storm = devices + 2;
            NamePath stormPath = NamePath.of(devicePath(storm));
            // Even: in D0, no transition under way. Odd: a D0 exit, D3 or a D0 entry is under way.
            var epoch = new AtomicLong();
            var stop = new java.util.concurrent.atomic.AtomicBoolean();
            Thread stormer = Thread.ofPlatform().name("storm").start(() ->
                    storm(gpio, probes[storm], logs[storm], epoch, stop, stormLost, problems));
            long cycles = 0;
            while (System.nanoTime() < deadline) {
                sleepMillis(2);
                epoch.incrementAndGet();
                runPassive(pnp, () -> pnp.powerDown(stormPath, dev.gpioint.driver.DevicePowerState.D3));
                sleepMillis(1);
                runPassive(pnp, () -> pnp.powerUp(stormPath));
                epoch.incrementAndGet();
                cycles++;
            }
            // Last, the storm device is pulled out while the storm still hits it, and the PnP manager removes it.
            epoch.incrementAndGet();
            probes[storm].unplug();
            runPassive(pnp, () -> pnp.surpriseRemove(stormPath));
            sleepMillis(20);
            stop.set(true);
            join(stormer);
            faults.addAndGet(cycles + 1);
            if (pnp.device(stormPath.toString()).state() != DeviceState.STOPPED) {
                problems.add(stormPath + " removed during a storm ends " + pnp.device(stormPath.toString()).state() + " "
                        + pnp.device(stormPath.toString()).failureReason().orElse(""));
            }
            ProbeLog log = logs[storm];
            for (int i = 0; i < STORM_PINS; i++) {
                if (log.duplicated(i) + log.misordered(i) != 0) {
                    problems.add(stormPath + " interrupt " + i + ": " + log.duplicated(i) + " duplicated, " + log.misordered(i)
                            + " misordered across " + cycles + " D0 exits during a storm");
                }
            }
        } catch (RuntimeException e) {
            problems.add("fault thread: " + e);
        }
    }

    /**
     * Edges the storm device's pins without pause. Each edge carries the pin's next sequence number, and the next
     * number is written only once this edge is delivered or surely gone (a number overwritten while its edge is
     * still latched would make two edges read the same number). An edge injected inside D0 must arrive; one a
     * transition overlapped may be lost: after the transition completes it gets 50 ms to arrive, then counts as
     * dropped by the disable.
     */
    private static void storm(SimGpioController gpio, SimProbe probe, ProbeLog log, AtomicLong epoch,
                              java.util.concurrent.atomic.AtomicBoolean stop, AtomicLong lost, List<String> problems) {
        int[] sequence = new int[STORM_PINS];
        while (!stop.get()) {
            for (int i = 0; i < STORM_PINS && !stop.get(); i++) {
                long before = epoch.get();
                probe.setSequence(i, ++sequence[i]);
                gpio.setInput(2 + i, true);
                gpio.setInput(2 + i, false);
                // 2 s, plus the hung client's stall: its processor serves no line while it is stuck at DIRQL.
                long until = System.nanoTime() + 2_000_000_000L + HANG_STALL_MICROS * 1000;
                boolean overlapped = false;
                long settled = 0;
                while (log.lastSequence(i) < sequence[i] && !stop.get()) {
                    long now = System.nanoTime();
                    long current = epoch.get();
                    if (current != before || (before & 1) != 0) {
                        overlapped = true;
                        if ((current & 1) == 0) {
                            if (settled == 0) {
                                settled = now + 50_000_000L;
                            } else if (now > settled) {
                                break; // dropped by the disable, as it may be
                            }
                        }
                    } else if (now > until) {
                        break;
                    }
                    Thread.onSpinWait();
                }
                overlapped |= epoch.get() != before || (before & 1) != 0;
                if (log.lastSequence(i) < sequence[i] && !overlapped && !stop.get()) {
                    lost.incrementAndGet();
                    synchronized (problems) {
                        problems.add("storm pin " + (2 + i) + ": edge " + sequence[i] + " injected in D0 was not delivered within 2 s (plus the hung client's stall)");
                    }
                }
            }
        }
    }

    /** Runs a PnP request as the PnP manager's own thread would: at PASSIVE_LEVEL, on this (non-machine) thread. */
    private static void runPassive(PnpManager pnp, Runnable request) {
        request.run();
    }

    private static boolean allSeen(long[] injected, ProbeLog[] logs) {
        for (int p = 0; p < injected.length; p++) {
            if (logs[p / PER_DEVICE].lastSequence(p % PER_DEVICE) != injected[p]) {
                return false;
            }
        }
        return true;
    }

    static String controllerPath(int c) {
        return "\\_SB.G" + String.format("%03X", c);
    }

    static String devicePath(int d) {
        return "\\_SB.P" + String.format("%03X", d);
    }

    private static Firmware firmware(int controllers, int devices, boolean[] passive, String[] faults) {
        var b = BoardBuilder.named("soak");
        for (int c = 0; c < controllers; c++) {
            int controller = c;
            b.device(controllerPath(c), d -> {
                d.hid("GPSM0001").uid(Integer.toString(controller)).memory32Fixed(0xFE00_0000L + controller * 0x1000L, 0x100);
                for (int bank = 0; bank < 4; bank++) {
                    d.interrupt(40 + 4L * controller + bank, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH);
                }
            });
        }
        String last = controllerPath(controllers - 1);
        for (int dev = 0; dev < devices; dev++) {
            int device = dev;
            b.device(devicePath(dev), d -> {
                d.hid(passive[device] ? "GPRB0002" : "GPRB0001").uid(Integer.toString(device))
                        .memory32Fixed(0xFD00_0000L + device * 0x1000L, 0x10L * PER_DEVICE).property("gpioint,probe-events", 0L);
                for (int i = 0; i < PER_DEVICE; i++) {
                    int p = device * PER_DEVICE + i;
                    d.gpioInt(controllerPath(p / ControllerSpec.PINS), p % ControllerSpec.PINS, InterruptMode.EDGE, Polarity.ACTIVE_HIGH);
                }
            });
        }
        // The hung controller after the last, with one consumer on its pin 0.
        int hung = controllers;
        b.device(controllerPath(hung), d -> {
            d.hid("GPSM0001").uid(Integer.toString(hung)).memory32Fixed(0xFE00_0000L + hung * 0x1000L, 0x100)
                    .property("gpioint,client-fault", "query-active-stall 1 " + HANG_STALL_MICROS);
            for (int bank = 0; bank < 4; bank++) {
                d.interrupt(40 + 4L * hung + bank, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH);
            }
        });
        int hungConsumer = devices + faults.length + 1;
        b.device(devicePath(hungConsumer), d -> d.hid("GPRB0001").uid(Integer.toString(hungConsumer))
                .memory32Fixed(0xFD00_0000L + hungConsumer * 0x1000L, 0x10L).property("gpioint,probe-events", 0L)
                .gpioInt(controllerPath(hung), 0, InterruptMode.EDGE, Polarity.ACTIVE_HIGH));
        // Fault devices on the last controller's pins 0 and 1; the storm device on its pins 2..9.
        for (int f = 0; f <= faults.length; f++) {
            int index = devices + f;
            String fault = f < faults.length ? faults[f] : null;
            int first = f < faults.length ? f : 2;
            int count = f < faults.length ? 1 : STORM_PINS;
            b.device(devicePath(index), d -> {
                d.hid("GPRB0001").uid(Integer.toString(index)).memory32Fixed(0xFD00_0000L + index * 0x1000L, 0x10L * count)
                        .property("gpioint,probe-events", 0L);
                if (fault != null) {
                    d.property("gpioint,probe-fault", fault);
                }
                for (int pin = first; pin < first + count; pin++) {
                    d.gpioInt(last, pin, InterruptMode.EDGE, Polarity.ACTIVE_HIGH);
                }
            });
        }
        return b.build();
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
