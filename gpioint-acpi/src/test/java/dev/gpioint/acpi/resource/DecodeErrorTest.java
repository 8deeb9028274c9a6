package dev.gpioint.acpi.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of bad resource buffer gets a typed error with the source, the offset and the reason. */
class DecodeErrorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            93 05 00 01 02 03 04 05 79 00        | DSDT offset 0x1000: unknown large descriptor tag 0x93
            22 00 02                             | DSDT offset 0x1003: resource template has no end tag (AE_AML_NO_RESOURCE_END_TAG)
            86 09 00 01 00 00                    | DSDT offset 0x1000: Memory32Fixed descriptor length 12 runs past the end of the buffer (6 bytes left)
            86 08 00 01 00 00 D8 FE 00 80 00 79 00 | DSDT offset 0x1000: Memory32Fixed descriptor is 11 bytes long; it must be 12
            8C 20 00 01 02 01 00 13 00 01 00 00 B8 0B 17 00 00 19 00 23 00 00 00 12 00 5C 5F 53 42 2E 47 50 4F 30 00 79 00 | DSDT offset 0x1004: unsupported subtype 2 of large item 0x8C (known: [GpioInt, GpioIo])
            8C 20 00 01 00 01 00 13 00 01 00 00 B8 0B 40 00 00 19 00 23 00 00 00 12 00 5C 5F 53 42 2E 47 50 4F 30 00 79 00 | DSDT offset 0x100E: GpioInt pins spans descriptor bytes 64..25, outside 23..35
            8C                                   | DSDT offset 0x1000: large descriptor header (tag 0x8C) is truncated
            """)
    void namesSourceOffsetAndReason(String hex, String message) {
        byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        var e = catchThrowableOfType(ResourceDecodeException.class, () -> ResourceDecoder.decode(bytes, "DSDT", 0x1000));
        assertThat(e.getMessage()).isEqualTo(message);
    }
}
