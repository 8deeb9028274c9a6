package dev.gpioint.linux.uapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Finds GPIO chips: lists {@code /dev/gpiochip*} in numeric order and resolves what a user or a board
 * description names a chip by, namely a path ({@code /dev/gpiochip0}), a kernel name ({@code gpiochip0}), a
 * bare number ({@code 0}) or a label ({@code gpio-sim.0-node0}).
 */
public final class Chips {
    private final Path devDirectory;

    /** Chips under {@code /dev}. */
    public Chips() {
        this(Path.of("/dev"));
    }

    /** Chips under another directory (tests). */
    public Chips(Path devDirectory) {
        this.devDirectory = devDirectory;
    }

    /** The chip device paths, gpiochip0 before gpiochip10. */
    public List<String> paths() {
        if (!Files.isDirectory(devDirectory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(devDirectory)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("gpiochip\\d+"))
                    .sorted(Comparator.comparingInt(n -> Integer.parseInt(n.substring("gpiochip".length()))))
                    .map(n -> devDirectory.resolve(n).toString())
                    .toList();
        } catch (IOException e) {
            throw new LinuxGpioException(devDirectory.toString(), OptionalInt.empty(), "cannot list GPIO chips: " + e.getMessage());
        }
    }

    /** Information about every chip that can be opened; chips that cannot are reported to {@code problems}. */
    public List<ChipInfo> list(List<String> problems) {
        var infos = new ArrayList<ChipInfo>();
        for (String path : paths()) {
            try (GpioChip chip = GpioChip.open(path)) {
                infos.add(chip.info());
            } catch (LinuxGpioException e) {
                problems.add(e.getMessage());
            }
        }
        return infos;
    }

    /** Opens the chip named by {@code spec} (path, name, number or label). */
    public GpioChip open(String spec) {
        if (spec.startsWith("/")) {
            return GpioChip.open(spec);
        }
        if (spec.matches("\\d+")) {
            return GpioChip.open(devDirectory.resolve("gpiochip" + spec).toString());
        }
        if (spec.matches("gpiochip\\d+")) {
            return GpioChip.open(devDirectory.resolve(spec).toString());
        }
        var problems = new ArrayList<String>();
        for (String path : paths()) {
            GpioChip chip;
            try {
                chip = GpioChip.open(path);
            } catch (LinuxGpioException e) {
                problems.add(e.getMessage());
                continue;
            }
            if (chip.info().label().equals(spec)) {
                return chip;
            }
            chip.close();
        }
        throw new LinuxGpioException(spec, OptionalInt.empty(), "no GPIO chip has this label (chips: "
                + String.join(", ", paths()) + (problems.isEmpty() ? "" : "; unreadable: " + String.join("; ", problems)) + ")");
    }
}
