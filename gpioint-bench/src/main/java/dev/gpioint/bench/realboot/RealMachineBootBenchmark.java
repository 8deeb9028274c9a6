package dev.gpioint.bench.realboot;

import dev.gpioint.acpi.source.AmlFirmwareFormat;
import dev.gpioint.drivers.generic.ProbeDriver;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.board.SimBoard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Booting a real machine's own firmware as {@code gpioint run} does, with no hand-written board: {@link #boot}
 * builds the simulated hardware, enumerates, starts every driver (real controllers, class drivers, the probe for the
 * rest) and connects every interrupt, from tables already evaluated; {@link #evaluateAndBoot} also reads and
 * evaluates the tables (the AML interpreter). One machine per {@code machine} parameter, the part of a corpus file
 * name before {@code __}. The corpus is {@code ../shared/corpus/woa} from the repository root ({@code -Dgpioint.root})
 * or {@code -Dgpioint.corpus}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A whole machine's drivers take long to compile: three 2 s warm-ups left iterations of 15-37 ms where warm ones
// take 1.8 ms (X13s), so warm up for 12 s.
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RealMachineBootBenchmark {
    @Param({"lenovo-thinkpad-x13s", "lenovo-yoga-c630", "microsoft-surface-pro-11"})
    public String machine;

    private List<Path> tables;
    private Firmware firmware;
    private DriverCatalog catalog;

    @Setup(Level.Trial)
    public void load() throws FirmwareException {
        Path root = Path.of(System.getProperty("gpioint.root", "."));
        Path corpus = Path.of(System.getProperty("gpioint.corpus", root.resolve("../shared/corpus/woa").toString()));
        try (var files = Files.list(corpus)) {
            tables = files.filter(f -> f.getFileName().toString().startsWith(machine + "__")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables of " + machine + " in " + corpus);
        }
        firmware = new AmlFirmwareFormat().source(tables).load();
        catalog = catalog(firmware);
    }

    /** The built-in drivers and, last, the probe for every present device with interrupts they do not serve. */
    static DriverCatalog catalog(Firmware firmware) {
        DriverCatalog builtIn = DriverCatalog.fromServiceLoader();
        var ids = new LinkedHashSet<String>();
        for (FirmwareDevice device : firmware.devices()) {
            if (device.isPresentAndEnabled() && !device.matchIds().isEmpty() && builtIn.match(device.matchIds()).isEmpty()
                    && device.resources().stream().anyMatch(r -> r instanceof GpioInt || r instanceof Interrupt)) {
                ids.add(device.matchIds().getFirst());
            }
        }
        return builtIn.with(new ProbeDriver(List.copyOf(ids)));
    }

    /** Hardware, enumeration, every driver started, every interrupt connected; returns the interrupts connected. */
    static int boot(Firmware firmware, DriverCatalog catalog) {
        try (Machine machine = Machine.create(MachineOptions.deterministic(2))) {
            SimBoard hardware = SimBoard.build(machine, firmware);
            var pnp = new PnpManager(machine, hardware.driverView(firmware), catalog);
            pnp.startAll();
            machine.runUntilIdle();
            return pnp.devices().stream().mapToInt(n -> n.interrupts().size()).sum();
        }
    }

    @Benchmark
    public int boot() {
        return boot(firmware, catalog);
    }

    @Benchmark
    public int evaluateAndBoot() throws FirmwareException {
        Firmware fresh = new AmlFirmwareFormat().source(tables).load();
        return boot(fresh, catalog(fresh));
    }
}
