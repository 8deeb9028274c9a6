package dev.gpioint.sim.scenario;

import dev.gpioint.firmware.NamePath;
import dev.gpioint.kernel.InterruptLine;
import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.kernel.WorkItem;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.board.Arguments;
import dev.gpioint.sim.board.SimBoard;
import dev.gpioint.sim.board.SimulatedDevice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small, human-editable script of what happens to a simulated board, one step a line:
 * <pre>
 * # comments start with '#'
 * at 1ms    \_SB.SNS0 sample 42          # act on a device's simulated hardware
 * at 2.5ms  \_SB.GPO0 pulse 9 low 1ms    # drive a GPIO controller's pin input
 * at 3ms    gsiv 61 pulse                 # drive a primary interrupt line: high | low | pulse
 * at 4ms    pnp d3 \_SB.PRB0              # a PnP action: d1..d3 (power down), d0 (power up), remove, surprise-remove
 * at 5ms    pnp disable-interrupt \_SB.PRB0 1   # the driver's WdfInterruptDisable (enable-interrupt: Enable)
 * at 4ms    \_SB.TPD0 pulse interrupt 0   # any device's interrupt output by index: pulse [WIDTH] | assert | release
 * at 6ms    \_SB.BTH0 uart write 01030c00 # a request on the device's open UART, SPI or I2C connection (ConnectionRequests)
 * </pre>
 * PnP actions and bus requests need the board's {@link PnpManager}; they run at PASSIVE_LEVEL on a worker, as the PnP
 * manager's own requests (or the device's driver) would.
 * Times are from the start of the run, in ns, us, ms or s, and need not be in order. {@link #parse} checks every
 * line against the board's hardware and reports all bad lines at once.
 */
public final class Scenario {
    private final String source;
    private final List<ScenarioStep> steps;
    private final List<Runnable> actions;

    private Scenario(String source, List<ScenarioStep> steps, List<Runnable> actions) {
        this.source = source;
        this.steps = List.copyOf(steps);
        this.actions = List.copyOf(actions);
    }

    public static Scenario read(Path file, SimBoard board, Machine machine) throws IOException, ScenarioException {
        return parse(file.toString(), Files.readString(file), board, machine);
    }

    /** Reads a scenario that may also act on devices through {@code pnp}. */
    public static Scenario read(Path file, SimBoard board, Machine machine, PnpManager pnp) throws IOException, ScenarioException {
        return parse(file.toString(), Files.readString(file), board, machine, pnp);
    }

    /** Parses {@code text}; throws with every bad line (the first in the message's head). */
    public static Scenario parse(String source, String text, SimBoard board, Machine machine) throws ScenarioException {
        return parse(source, text, board, machine, null);
    }

    /** Parses {@code text}, whose {@code pnp} lines act through {@code pnp} (null: such lines are refused). */
    public static Scenario parse(String source, String text, SimBoard board, Machine machine, PnpManager pnp) throws ScenarioException {
        var steps = new ArrayList<ScenarioStep>();
        var actions = new ArrayList<Runnable>();
        var problems = new ArrayList<ScenarioException>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].replace("\r", "");
            int hash = raw.indexOf('#');
            String content = hash >= 0 ? raw.substring(0, hash) : raw;
            if (content.isBlank()) {
                continue;
            }
            List<Token> tokens = Token.split(content);
            try {
                parseLine(source, i + 1, raw, tokens, board, machine, pnp, steps, actions);
            } catch (ScenarioException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw problems.size() == 1 ? problems.getFirst() : new ScenarioException(problems);
        }
        return new Scenario(source, steps, actions);
    }

    private static void parseLine(String source, int line, String text, List<Token> tokens, SimBoard board, Machine machine,
                                  PnpManager pnp, List<ScenarioStep> steps, List<Runnable> actions) throws ScenarioException {
        if (!tokens.getFirst().text().equals("at")) {
            throw new ScenarioException(source, line, tokens.getFirst().column(), "expected 'at TIME TARGET ACTION ...'", text);
        }
        if (tokens.size() < 4) {
            Token last = tokens.getLast();
            throw new ScenarioException(source, line, last.column() + last.text().length(),
                    "expected 'at TIME TARGET ACTION ...': missing " + (tokens.size() < 2 ? "time" : tokens.size() < 3 ? "target" : "action"), text);
        }
        Duration time;
        try {
            time = Arguments.duration(tokens.get(1).text());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(source, line, tokens.get(1).column(), e.getMessage(), text);
        }
        Token target = tokens.get(2);
        List<String> arguments = tokens.subList(4, tokens.size()).stream().map(Token::text).toList();
        Token action = tokens.get(3);
        Runnable step;
        if (target.text().equalsIgnoreCase("gsiv")) {
            step = lineAction(source, line, text, tokens, machine);
            steps.add(new ScenarioStep(time, "gsiv " + tokens.get(3).text(), tokens.get(4).text(), List.of(), line));
            actions.add(step);
            return;
        }
        if (target.text().equalsIgnoreCase("pnp")) {
            step = pnpAction(source, line, text, tokens, board, machine, pnp);
            steps.add(new ScenarioStep(time, "pnp", action.text(), arguments, line));
            actions.add(step);
            return;
        }
        Optional<SimulatedDevice> device;
        NamePath path;
        try {
            path = NamePath.of(target.text());
            device = board.device(path);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(source, line, target.column(), "'" + target.text() + "' is neither a device path nor 'gsiv'", text);
        }
        if (!arguments.isEmpty() && arguments.getFirst().equalsIgnoreCase("interrupt")) {
            // Any device's interrupt outputs, by index, whether or not it has simulated hardware of its own.
            try {
                step = board.interruptAction(path, action.text(), arguments);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(source, line, action.column(), e.getMessage() + " for " + target.text(), text);
            }
            steps.add(new ScenarioStep(time, target.text(), action.text(), arguments, line));
            actions.add(step);
            return;
        }
        if (ConnectionRequests.handles(action.text())) {
            // A request on the device's open I2C, SPI or UART connection, as its driver would send it.
            try {
                step = ConnectionRequests.step(path, action.text(), arguments, machine, pnp, line);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(source, line, action.column(), e.getMessage(), text);
            }
            steps.add(new ScenarioStep(time, target.text(), action.text(), arguments, line));
            actions.add(step);
            return;
        }
        if (device.isEmpty()) {
            throw new ScenarioException(source, line, target.column(), "no simulated hardware at " + target.text()
                    + "; any device's interrupts can be driven with 'pulse|assert|release interrupt N'", text);
        }
        try {
            step = device.get().action(action.text(), arguments);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(source, line, action.column(), e.getMessage() + " for " + target.text() + " ("
                    + device.get().describe() + "; it knows: " + String.join(", ", device.get().actions()) + ")", text);
        }
        steps.add(new ScenarioStep(time, target.text(), action.text(), arguments, line));
        actions.add(step);
    }

    private static Runnable lineAction(String source, int line, String text, List<Token> tokens, Machine machine) throws ScenarioException {
        if (tokens.size() != 5) {
            throw new ScenarioException(source, line, tokens.get(2).column(), "expected 'gsiv NUMBER high|low|pulse'", text);
        }
        InterruptLine interruptLine;
        try {
            interruptLine = machine.interrupts().line(Arguments.integer("GSIV", tokens.get(3).text()));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(source, line, tokens.get(3).column(), e.getMessage(), text);
        }
        return switch (tokens.get(4).text().toLowerCase(java.util.Locale.ROOT)) {
            case "high" -> () -> interruptLine.drive(true);
            case "low" -> () -> interruptLine.drive(false);
            case "pulse" -> interruptLine::pulse;
            default -> throw new ScenarioException(source, line, tokens.get(4).column(), "a line can go high, low or pulse, not '"
                    + tokens.get(4).text() + "'", text);
        };
    }

    private static Runnable pnpAction(String source, int line, String text, List<Token> tokens, SimBoard board, Machine machine,
                                      PnpManager pnp)
            throws ScenarioException {
        if (pnp == null) {
            throw new ScenarioException(source, line, tokens.get(2).column(), "pnp actions need a booted board", text);
        }
        String verb = tokens.size() > 3 ? tokens.get(3).text().toLowerCase(java.util.Locale.ROOT) : "";
        boolean interruptVerb = verb.equals("disable-interrupt") || verb.equals("enable-interrupt");
        if (tokens.size() != (interruptVerb ? 6 : 5)) {
            throw new ScenarioException(source, line, tokens.get(2).column(),
                    "expected 'pnp d0|d1|d2|d3|remove|surprise-remove DEVICE' or 'pnp disable-interrupt|enable-interrupt DEVICE INDEX'", text);
        }
        NamePath path;
        try {
            path = NamePath.of(tokens.get(4).text());
            pnp.device(path.toString());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(source, line, tokens.get(4).column(), "no device " + tokens.get(4).text(), text);
        }
        int index = -1;
        if (interruptVerb) {
            try {
                index = Arguments.integer("interrupt index", tokens.get(5).text());
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(source, line, tokens.get(5).column(), e.getMessage(), text);
            }
        }
        int interrupt = index;
        Runnable body = switch (verb) {
            case "d0" -> () -> pnp.powerUp(path);
            case "d1", "d2", "d3" -> {
                DevicePowerState target = DevicePowerState.valueOf(verb.toUpperCase(java.util.Locale.ROOT));
                yield () -> pnp.powerDown(path, target);
            }
            case "remove" -> () -> pnp.stop(path);
            case "surprise-remove" -> () -> pnp.surpriseRemove(path);
            // What the device's driver does with WdfInterruptDisable / WdfInterruptEnable, at PASSIVE_LEVEL.
            case "disable-interrupt" -> () -> interruptOf(pnp, path, interrupt).disable();
            case "enable-interrupt" -> () -> interruptOf(pnp, path, interrupt).enable();
            default -> throw new ScenarioException(source, line, tokens.get(3).column(),
                    "a pnp action is d0, d1, d2, d3, remove, surprise-remove, disable-interrupt or enable-interrupt, not '" + tokens.get(3).text() + "'", text);
        };
        // PnP requests run at PASSIVE_LEVEL: the timer hands them to a worker. A surprise removal pulls the
        // hardware out first, at the step's time; the PnP manager notices after.
        Optional<SimulatedDevice> hardware = verb.equals("surprise-remove") ? board.device(path) : Optional.empty();
        WorkItem work = machine.newWorkItem(() -> {
            try {
                body.run();
            } catch (IllegalStateException | dev.gpioint.status.NtStatusException e) {
                // The request was refused (a device not in the state the line assumed): the device's own failure.
                machine.log().add(path.toString(), MachineEvent.Kind.FAILURE, "scenario line " + line + ": " + e.getMessage());
            }
        }, "scenario line " + line + ": pnp " + verb + " " + path);
        return () -> {
            hardware.ifPresent(SimulatedDevice::unplug);
            work.queue();
        };
    }

    private static dev.gpioint.wdf.WdfInterrupt interruptOf(PnpManager pnp, NamePath path, int index) {
        var interrupts = pnp.device(path.toString()).interrupts();
        if (index < 0 || index >= interrupts.size()) {
            throw new IllegalStateException(path + " has interrupts 0.." + (interrupts.size() - 1) + ", not " + index);
        }
        return interrupts.get(index);
    }

    public String source() {
        return source;
    }

    public List<ScenarioStep> steps() {
        return steps;
    }

    /** The time of the last step. */
    public Duration end() {
        return steps.stream().map(ScenarioStep::time).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Schedules every step on {@code machine}, relative to now. */
    public void schedule(Machine machine) {
        for (int i = 0; i < steps.size(); i++) {
            machine.schedule(steps.get(i).time(), actions.get(i));
        }
    }

    /** A word of a scenario line and the 1-based column it starts at. */
    private record Token(String text, int column) {
        static List<Token> split(String line) {
            var tokens = new ArrayList<Token>();
            int i = 0;
            while (i < line.length()) {
                while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    tokens.add(new Token(line.substring(start, i), start + 1));
                }
            }
            return tokens;
        }
    }
}
