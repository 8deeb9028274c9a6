package dev.gpioint.acpi.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.resource.AslForm;
import dev.gpioint.acpi.resource.DescriptorTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fixed cases for every macro the codec knows, compared with iasl: a deterministic set of argument
 * combinations per macro (so rare macros are covered whatever the random run picks), plus the worked
 * examples of the ACPI reference written out by hand.
 */
class MacroOracleTest {
    private static final int PER_MACRO = 60;

    @Test
    void everyMacroCompilesLikeIasl() throws Exception {
        Iasl.assumeAvailable();
        var templates = new ArrayList<String>();
        var r = new Random(20261126);
        List<AslForm> forms = DescriptorTables.ALL.stream().flatMap(s -> s.forms().stream())
                .filter(f -> !f.macro().contains("DependentFn")).toList();
        for (AslForm form : forms) {
            for (int i = 0; i < PER_MACRO; i++) {
                templates.add("ResourceTemplate () { " + RandomTemplates.macro(form, r) + " }");
            }
        }
        templates.add("ResourceTemplate () { StartDependentFn (0, 2) { IO (Decode16, 0x60, 0x60, 0x01, 0x01) } "
                + "StartDependentFnNoPri () { FixedIO (0x70, 0x02) } EndDependentFn () }");
        int descriptors = TemplateOracle.check(templates);
        System.out.printf("iasl oracle (fixed): %d macros x %d cases, %d descriptors compared%n", forms.size(), PER_MACRO, descriptors);
        assertThat(descriptors).isGreaterThanOrEqualTo(forms.size() * PER_MACRO);
    }

    @Test
    void referenceExamplesCompileLikeIasl() throws Exception {
        Iasl.assumeAvailable();
        List<String> macros = List.of(
                "GpioInt (Edge, ActiveLow, ExclusiveAndWake, PullUp, 0x0BB8, \"\\\\_SB.GPO0\", 0x00, ResourceConsumer, ,) {0x0012}",
                "GpioIo (Exclusive, PullDown, 0x0000, 0x0064, IoRestrictionOutputOnly, \"\\\\_SB.GPO0\", 0x00, ResourceConsumer, ,) {5, 6}",
                "GpioInt (Level, ActiveHigh, Shared, PullNone, 0, \"\\\\_SB.GPO0\", 0, ResourceConsumer, GIN1, RawDataBuffer(3){0xAA,0xBB,0xCC}) {0x0100}",
                "GpioInt (Edge, ActiveHigh, , PullDefault, , \"\\\\_SB.GPO0\") {1}",
                "Interrupt (ResourceConsumer, Level, ActiveLow, Shared) {0x0E}",
                "Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive, 0x05, \"\\\\GIC0\") {0x20, 0x21}",
                "Interrupt (, Level, ActiveHigh) {0x20}",
                "IRQ (Level, ActiveLow, Shared) {3,4}",
                "IRQ (Edge, ActiveHigh, ExclusiveAndWake) {1}",
                "IRQNoFlags () {9}",
                "I2cSerialBusV2 (0x15, ControllerInitiated, 400000, AddressingMode7Bit, \"\\\\_SB.I2C1\", 0, ResourceConsumer, , Exclusive)",
                "I2cSerialBus (0x10, , 100000, , \"\\\\_SB.I2C1\")",
                "SpiSerialBusV2 (2, PolarityHigh, ThreeWireMode, 16, DeviceInitiated, 1000000, ClockPolarityHigh, ClockPhaseSecond, \"\\\\SPI0\", 0, ResourceConsumer, , Shared)",
                "UartSerialBusV2 (115200, DataBitsEight, StopBitsOne, 0xC0, LittleEndian, ParityTypeNone, FlowControlHardware, 64, 64, \"\\\\URT0\")",
                "Memory32Fixed (ReadWrite, 0xFED80000, 0x8000)",
                "PinFunction (Shared, PullDown, 0x1234, \"\\\\GPO0\", 0, ResourceProducer, ,) {7}",
                "PinGroup (\"grp1\", ResourceProducer) {0x10,0x11,0x12}",
                "PinGroupFunction (Shared, 7, \"\\\\GPO0\", 0, \"grp1\", ResourceConsumer)",
                "PinGroupConfig (Exclusive, 1, 2, \"\\\\GPO0\", 0, \"grp1\")",
                "PinConfig (Exclusive, 0x0A, 0x10, \"\\\\GPO0\") {1, 2}");
        var templates = macros.stream().map(m -> "ResourceTemplate () { " + m + " }").toList();
        assertThat(TemplateOracle.check(templates)).isEqualTo(macros.size());
    }
}
