package dev.gpioint.acpi.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of the ACPI reference (bytes verified there with iasl 20200925) decode, print and re-encode. */
class WorkedBytesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            8C2000010001001300010000B80B17000019002300000012005C5F53422E47504F30007900 | GpioInt (Edge, ActiveLow, ExclusiveAndWake, PullUp, 0xBB8, "\\\\_SB.GPO0", 0x0, ResourceConsumer) {0x12}
            8C22000101010002000264000000170000 1B0025000000050006005C5F53422E47504F30007900 | GpioIo (Exclusive, PullDown, 0x0, 0x64, IoRestrictionOutputOnly, "\\\\_SB.GPO0", 0x0, ResourceConsumer) {0x5, 0x6}
            8C2300010001000800030000000017000019002300030000015C5F53422E47504F3000AABBCC7900 | GpioInt (Level, ActiveHigh, Shared, PullNone, 0x0, "\\\\_SB.GPO0", 0x0, ResourceConsumer, , RawDataBuffer (0x3) {0xAA, 0xBB, 0xCC}) {0x100}
            89 06 00 0D 01 0E 00 00 00 7900 | Interrupt (ResourceConsumer, Level, ActiveLow, Shared) {0xE}
            89 11 00 01 02 20 00 00 00 21 00 00 00 05 5C 47 49 43 30 00 7900 | Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive, 0x5, "\\\\GIC0") {0x20, 0x21}
            23 18 00 18 7900 | IRQ (Level, ActiveLow, Shared) {0x3, 0x4}
            22 00 02 7900 | IRQNoFlags () {0x9}
            8E 19 00 02 00 01 02 00 00 01 06 00 80 1A 06 00 15 00 5C5F53422E4932433100 7900 | I2cSerialBusV2 (0x15, ControllerInitiated, 0x61A80, AddressingMode7Bit, "\\\\_SB.I2C1", 0x0, ResourceConsumer, , Exclusive)
            8E 18 00 02 00 02 07 03 00 01 09 00 40 42 0F 00 10 01 01 02 00 5C53504930 00 7900 | SpiSerialBusV2 (0x2, PolarityHigh, ThreeWireMode, 0x10, DeviceInitiated, 0xF4240, ClockPolarityHigh, ClockPhaseSecond, "\\\\SPI0", 0x0, ResourceConsumer, , Shared)
            86 09 00 01 00 00 D8 FE 00 80 00 00 7900 | Memory32Fixed (ReadWrite, 0xFED80000, 0x8000)
            8D 17 00 01 01 00 02 34 12 12 00 00 14 00 1A 00 00 00 07 00 5C47504F3000 7900 | PinFunction (Shared, PullDown, 0x1234, "\\\\GPO0", 0x0) {0x7}
            90 16 00 01 00 00 0E 00 14 00 19 00 00 00 10 00 11 00 12 00 6772703100 7900 | PinGroup ("grp1", ResourceProducer) {0x10, 0x11, 0x12}
            """)
    void decodesPrintsAndReencodes(String hex, String asl) throws ResourceDecodeException {
        byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        ResourceTemplate template = ResourceDecoder.decode(bytes, "test", 0);
        assertThat(template.body()).hasSize(1);
        assertThat(ResourcePrinter.macro(template.body().getFirst())).isEqualTo(asl.replace("\\\\\\\\", "\\\\"));
        assertThat(ResourceEncoder.encode(template)).isEqualTo(bytes);
    }
}
