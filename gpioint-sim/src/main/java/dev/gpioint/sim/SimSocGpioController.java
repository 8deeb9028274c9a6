package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.kernel.InterruptLine;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MmioDevice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SoC GPIO controller of any size (see {@link SimSocGpioRegisters}): {@code totalPins} pins in groups of 32,
 * presented as banks of {@code pinsPerBank} (32 or 64) pins, and interrupt outputs wired to primary lines, each bank
 * driving the output its wiring names (one per bank, one for every bank, or any other spread, which the
 * capability block and each group's {@code BANK_OUTPUT} register publish). Several banks may drive the same primary
 * line (real firmware lists one GSIV several times, once per bank, or one output serves several banks): the line is
 * the wired OR of its banks, so one bank going quiet does not release a line another still holds.
 *
 * <p>Pin behaviour is SimGpio's: an edge pin latches on the programmed transition (both transitions when its
 * BOTH_EDGES bit is set), a level pin's status follows its input; a bank asserts while any enabled, unmasked pin
 * has status. Thread-safe under a {@link HardwareLock}.
 */
public final class SimSocGpioController implements MmioDevice {
    private static final int LATCH = SimGpioRegisters.CLEAR;
    private static final int WORDS_PER_GROUP = SimSocGpioRegisters.GROUP_STRIDE / 4;

    private final Machine machine;
    private final HardwareLock lock;
    private final String name;
    private final int totalPins;
    private final int pinsPerBank;
    private final int features;
    private final int groups;
    private final int[] file;
    /** Per bank: the index in {@link #lines} of the line it drives. */
    private final int[] bankLine;
    /** Per bank: the interrupt output it drives (an index in the constructor's output list). */
    private final int[] bankOutput;
    private final int outputs;
    private final boolean[] bankAsserted;
    private final InterruptLine[] lines;
    private final int[] lineAssertions;
    /** Per line: the firmware describes it ActiveLow, so the controller drives it low to assert it. */
    private final boolean[] lineActiveLow;

    /**
     * Creates the controller with one interrupt output per GSIV of {@code outputGsivs} (electrically active low
     * where {@code outputActiveLow} says so); bank {@code b} drives output {@code bankOutput[b]}. The registers are
     * not attached: the caller attaches them where its bus decodes them ({@link #registerSize()} bytes or more).
     */
    public SimSocGpioController(Machine machine, String name, int totalPins, int pinsPerBank, int features,
                                List<Long> outputGsivs, List<Boolean> outputActiveLow, int[] bankOutput) {
        if (pinsPerBank != 32 && pinsPerBank != 64) {
            throw new IllegalArgumentException("banks of 32 or 64 pins, not " + pinsPerBank);
        }
        if (totalPins < 1 || totalPins > 0xFFFF) {
            throw new IllegalArgumentException("1..65535 pins, not " + totalPins);
        }
        int banks = (totalPins + pinsPerBank - 1) / pinsPerBank;
        if (outputActiveLow.size() != outputGsivs.size()) {
            throw new IllegalArgumentException("a polarity per interrupt output: " + outputGsivs.size() + " outputs, "
                    + outputActiveLow.size() + " polarities");
        }
        if (bankOutput.length != banks) {
            throw new IllegalArgumentException(banks + " banks need an interrupt output each, not " + bankOutput.length);
        }
        for (int b = 0; b < banks; b++) {
            if (bankOutput[b] < 0 || bankOutput[b] >= outputGsivs.size()) {
                throw new IllegalArgumentException("bank " + b + " drives output " + bankOutput[b] + " of "
                        + outputGsivs.size());
            }
        }
        this.machine = machine;
        this.lock = new HardwareLock(machine);
        this.name = name;
        this.totalPins = totalPins;
        this.pinsPerBank = pinsPerBank;
        this.features = features;
        this.groups = SimSocGpioRegisters.groups(totalPins);
        this.file = new int[groups * WORDS_PER_GROUP];
        this.outputs = outputGsivs.size();
        this.bankOutput = bankOutput.clone();
        Map<Long, Integer> lineIndex = new LinkedHashMap<>();
        List<InterruptLine> distinct = new ArrayList<>();
        List<Boolean> distinctActiveLow = new ArrayList<>();
        this.bankLine = new int[banks];
        for (int b = 0; b < banks; b++) {
            int source = bankOutput[b];
            long gsiv = outputGsivs.get(source);
            bankLine[b] = lineIndex.computeIfAbsent(gsiv, g -> {
                distinct.add(machine.interrupts().line(g));
                distinctActiveLow.add(outputActiveLow.get(source));
                return distinct.size() - 1;
            });
        }
        this.lines = distinct.toArray(InterruptLine[]::new);
        this.lineActiveLow = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            lineActiveLow[i] = distinctActiveLow.get(i);
            // An active-low output rests high: left low, it would assert the line the moment it is connected.
            lines[i].drive(lineActiveLow[i]);
        }
        this.lineAssertions = new int[lines.length];
        this.bankAsserted = new boolean[banks];
    }

    public String name() {
        return name;
    }

    public int totalPins() {
        return totalPins;
    }

    public int pinsPerBank() {
        return pinsPerBank;
    }

    /** Bytes of register space it decodes. */
    public int registerSize() {
        return SimSocGpioRegisters.size(totalPins);
    }

    /** A wire into pin {@code pin}'s input, for peripherals and scenarios. */
    public SignalSink pinInput(int pin) {
        checkPin(pin);
        return high -> setInput(pin, high);
    }

    /** Drives pin {@code pin}'s input to {@code high}. */
    public void setInput(int pin, boolean high) {
        lock.lock();
        try {
            checkPin(pin);
            int group = pin / 32;
            int bit = 1 << (pin % 32);
            int level = word(group, SimGpioRegisters.LEVEL);
            if (((level & bit) != 0) == high) {
                return;
            }
            setWord(group, SimGpioRegisters.LEVEL, high ? level | bit : level & ~bit);
            if ((word(group, SimGpioRegisters.MODE) & bit) != 0) {
                boolean both = (word(group, SimGpioRegisters.BOTH_EDGES) & bit) != 0;
                boolean fallingWanted = (word(group, SimGpioRegisters.POLARITY) & bit) != 0;
                if (both || high != fallingWanted) {
                    setWord(group, LATCH, word(group, LATCH) | bit);
                }
            }
            update(group);
        } finally {
            lock.unlock();
        }
    }

    /** Drives the pin to {@code high} now and back after {@code width} of machine time. */
    public void pulse(int pin, boolean high, Duration width) {
        setInput(pin, high);
        machine.schedule(width, () -> setInput(pin, !high));
    }

    /** The input level of pin {@code pin}. */
    public boolean input(int pin) {
        return bit(pin, SimGpioRegisters.LEVEL);
    }

    /** Whether pin {@code pin}'s interrupt is enabled in hardware. */
    public boolean isEnabled(int pin) {
        return bit(pin, SimGpioRegisters.ENABLE);
    }

    private boolean bit(int pin, int register) {
        lock.lock();
        try {
            checkPin(pin);
            return (word(pin / 32, register) & (1 << (pin % 32))) != 0;
        } finally {
            lock.unlock();
        }
    }

    private int word(int group, int register) {
        return file[group * WORDS_PER_GROUP + register / 4];
    }

    private void setWord(int group, int register, int value) {
        file[group * WORDS_PER_GROUP + register / 4] = value;
    }

    private int status(int group) {
        int mode = word(group, SimGpioRegisters.MODE);
        int levelAsserted = ~mode & (word(group, SimGpioRegisters.LEVEL) ^ word(group, SimGpioRegisters.POLARITY));
        return (word(group, LATCH) & mode) | levelAsserted;
    }

    @Override
    public int read32(long offset) {
        lock.lock();
        try {
            if (offset < SimSocGpioRegisters.GROUP_BASE) {
                return switch ((int) offset) {
                    case SimSocGpioRegisters.ID -> SimSocGpioRegisters.MAGIC;
                    case SimSocGpioRegisters.TOTAL_PINS -> totalPins;
                    case SimSocGpioRegisters.PINS_PER_BANK -> pinsPerBank;
                    case SimSocGpioRegisters.FEATURES -> features;
                    case SimSocGpioRegisters.INTERRUPT_OUTPUTS -> outputs;
                    default -> 0;
                };
            }
            long relative = offset - SimSocGpioRegisters.GROUP_BASE;
            int group = (int) (relative / SimSocGpioRegisters.GROUP_STRIDE);
            int register = (int) (relative % SimSocGpioRegisters.GROUP_STRIDE);
            if (group >= groups) {
                return 0;
            }
            return switch (register) {
                case SimGpioRegisters.STATUS -> status(group);
                case SimSocGpioRegisters.BANK_OUTPUT -> bankOutput[group * 32 / pinsPerBank];
                case SimGpioRegisters.MODE, SimGpioRegisters.POLARITY, SimGpioRegisters.BOTH_EDGES, SimGpioRegisters.ENABLE,
                        SimGpioRegisters.MASK, SimGpioRegisters.LEVEL, SimGpioRegisters.DIRECTION, SimGpioRegisters.OUTPUT ->
                        word(group, register);
                default -> 0;
            };
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void write32(long offset, int value) {
        lock.lock();
        try {
            if (offset < SimSocGpioRegisters.GROUP_BASE) {
                return; // the capability block is read-only
            }
            long relative = offset - SimSocGpioRegisters.GROUP_BASE;
            int group = (int) (relative / SimSocGpioRegisters.GROUP_STRIDE);
            int register = (int) (relative % SimSocGpioRegisters.GROUP_STRIDE);
            if (group >= groups) {
                return;
            }
            switch (register) {
                case SimGpioRegisters.CLEAR -> setWord(group, LATCH, word(group, LATCH) & ~value);
                case SimGpioRegisters.BOTH_EDGES -> {
                    // Hardware without dual-edge detection has no such bits: writes are lost, as on the real part.
                    if ((features & SimSocGpioRegisters.FEATURE_BOTH_EDGES) != 0) {
                        setWord(group, register, value);
                    }
                }
                case SimGpioRegisters.MODE, SimGpioRegisters.POLARITY, SimGpioRegisters.ENABLE, SimGpioRegisters.MASK,
                        SimGpioRegisters.DIRECTION, SimGpioRegisters.OUTPUT -> setWord(group, register, value);
                default -> {
                    // read-only or unused: ignored
                }
            }
            update(group);
        } finally {
            lock.unlock();
        }
    }

    private void update(int group) {
        int bank = group * 32 / pinsPerBank;
        int firstGroup = bank * pinsPerBank / 32;
        int lastGroup = Math.min(groups, firstGroup + pinsPerBank / 32);
        boolean now = false;
        for (int g = firstGroup; g < lastGroup && !now; g++) {
            now = (status(g) & word(g, SimGpioRegisters.ENABLE) & ~word(g, SimGpioRegisters.MASK)) != 0;
        }
        if (now == bankAsserted[bank]) {
            return;
        }
        bankAsserted[bank] = now;
        int line = bankLine[bank];
        int before = lineAssertions[line];
        lineAssertions[line] = before + (now ? 1 : -1);
        if ((before == 0) != (lineAssertions[line] == 0)) {
            lines[line].drive(now != lineActiveLow[line]);
        }
    }

    private void checkPin(int pin) {
        if (pin < 0 || pin >= totalPins) {
            throw new IllegalArgumentException(name + " pin " + pin + " is out of range 0.." + (totalPins - 1));
        }
    }
}
