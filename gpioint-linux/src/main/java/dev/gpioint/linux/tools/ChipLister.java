package dev.gpioint.linux.tools;

import dev.gpioint.linux.uapi.ChipInfo;
import dev.gpioint.linux.uapi.Chips;
import dev.gpioint.linux.uapi.GpioChip;
import dev.gpioint.linux.uapi.LineInfo;
import dev.gpioint.linux.uapi.LineSettings;
import dev.gpioint.linux.uapi.LinuxGpioException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gpioint chips}: lists GPIO chips like gpiodetect ({@code gpiochip0 [gpio-sim.0-node0] (8 lines)})
 * and, with lines, every line like gpioinfo (name, consumer, direction, edges, bias, drive, active-low,
 * debounce). A chip that cannot be opened is reported on {@code err} and the others are still listed.
 */
public final class ChipLister {
    private final Chips chips;

    public ChipLister() {
        this(new Chips());
    }

    public ChipLister(Chips chips) {
        this.chips = chips;
    }

    /**
     * Prints the chips named by {@code specs} (all chips when empty).
     *
     * @return 0 when every chip was listed, 1 when one could not be read, 2 when there is no chip at all
     */
    public int list(List<String> specs, boolean lines, PrintStream out, PrintStream err) {
        List<String> targets = specs.isEmpty() ? chips.paths() : specs;
        if (targets.isEmpty()) {
            err.println("no GPIO chips found under /dev (is CONFIG_GPIO_CDEV enabled and a GPIO driver loaded?)");
            return 2;
        }
        int status = 0;
        for (String spec : targets) {
            try (GpioChip chip = chips.open(spec)) {
                ChipInfo info = chip.info();
                out.println(info.name() + " [" + info.label() + "] (" + info.lines() + " lines)");
                if (lines) {
                    for (int i = 0; i < info.lines(); i++) {
                        out.println(describe(chip.lineInfo(i)));
                    }
                }
            } catch (LinuxGpioException e) {
                err.println(e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    /** One gpioinfo-style line. */
    static String describe(LineInfo line) {
        LineSettings s = line.settings();
        var attrs = new ArrayList<String>();
        attrs.add(s.direction().name().toLowerCase(java.util.Locale.ROOT).replace("as_is", "as-is"));
        attrs.add(s.activeLow() ? "active-low" : "active-high");
        switch (s.edge()) {
            case NONE -> { }
            case RISING -> attrs.add("edges=rising");
            case FALLING -> attrs.add("edges=falling");
            case BOTH -> attrs.add("edges=both");
        }
        switch (s.bias()) {
            case AS_IS -> { }
            case PULL_UP -> attrs.add("bias=pull-up");
            case PULL_DOWN -> attrs.add("bias=pull-down");
            case DISABLED -> attrs.add("bias=disabled");
        }
        switch (s.drive()) {
            case PUSH_PULL -> { }
            case OPEN_DRAIN -> attrs.add("drive=open-drain");
            case OPEN_SOURCE -> attrs.add("drive=open-source");
        }
        if (!s.debounce().isZero()) {
            attrs.add("debounce-period=" + s.debounceMicros() + "us");
        }
        if (s.edge() != dev.gpioint.linux.uapi.Edge.NONE) {
            attrs.add("event-clock=" + s.clock().name().toLowerCase(java.util.Locale.ROOT));
        }
        String name = line.name().isEmpty() ? "unnamed" : "\"" + line.name() + "\"";
        String consumer = line.used() ? (line.consumer().isEmpty() ? "kernel" : "\"" + line.consumer() + "\"") : "unused";
        return String.format("\tline %3d: %12s %12s %s", line.offset(), name, consumer, String.join(" ", attrs));
    }
}
