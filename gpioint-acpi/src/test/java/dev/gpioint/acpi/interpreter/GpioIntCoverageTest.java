package dev.gpioint.acpi.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.oracle.CorpusMachines;
import dev.gpioint.acpi.oracle.Iasl;
import dev.gpioint.acpi.source.AmlFirmwareFormat;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.GpioInt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * How much of a real machine's GPIO interrupt wiring gpioint now sees: per corpus machine, the GpioInts of its
 * evaluated devices (all, and those of present devices) next to the number of GpioInt macros in iasl's
 * disassembly of the same tables (which counts every template in the AML, including those in branches a
 * method does not take and devices that are absent, and counts a template once however many devices use it).
 * Printed as a table; asserted only where a fact is certain: every machine loads and yields GpioInts where its
 * disassembly has any, and the corpus yields more than the 1,327 the static reader found.
 */
class GpioIntCoverageTest {

    @Test
    void printsGpioIntsFoundPerMachineNextToTheDisassembly() throws Exception {
        List<CorpusMachines.Machine> machines = CorpusMachines.assumeCorpus();
        Iasl.assumeAvailable();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        var disassembled = new ArrayList<List<Future<String>>>();
        for (CorpusMachines.Machine machine : machines) {
            var futures = new ArrayList<Future<String>>();
            for (Path file : machine.validFiles()) {
                futures.add(pool.submit(() -> Iasl.disassemble(file)));
            }
            disassembled.add(futures);
        }
        int totalFound = 0;
        int totalPresent = 0;
        int totalListed = 0;
        System.out.printf("%-40s %8s %8s %12s%n", "machine", "GpioInt", "present", "disassembly");
        for (int m = 0; m < machines.size(); m++) {
            CorpusMachines.Machine machine = machines.get(m);
            Firmware firmware = new AmlFirmwareFormat().source(machine.validFiles()).load();
            int found = 0;
            int present = 0;
            for (FirmwareDevice device : firmware.devices()) {
                long n = device.resources().stream().filter(r -> r instanceof GpioInt).count();
                found += (int) n;
                if (device.isPresentAndEnabled()) {
                    present += (int) n;
                }
            }
            String listed;
            try {
                int count = 0;
                for (Future<String> f : disassembled.get(m)) {
                    count += occurrences(f.get(), "GpioInt (");
                }
                listed = Integer.toString(count);
                totalListed += count;
                if (count > 0) {
                    assertThat(found).as(machine.name() + " has GpioInts in its AML").isPositive();
                }
            } catch (java.util.concurrent.ExecutionException e) {
                listed = "iasl -d fails";
            }
            totalFound += found;
            totalPresent += present;
            System.out.printf("%-40s %8d %8d %12s%n", machine.name(), found, present, listed);
        }
        pool.shutdown();
        System.out.printf("%-40s %8d %8d %12d (machines iasl -d can disassemble)%n", "total", totalFound, totalPresent, totalListed);
        assertThat(totalFound).isGreaterThan(1327);
    }

    private static int occurrences(String text, String what) {
        int count = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            count++;
        }
        return count;
    }
}
