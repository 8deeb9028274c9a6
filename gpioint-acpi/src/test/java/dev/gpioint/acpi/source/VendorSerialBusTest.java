package dev.gpioint.acpi.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gpioint.acpi.resource.ResourceDecodeException;
import dev.gpioint.acpi.resource.ResourceDecoder;
import dev.gpioint.acpi.resource.ResourceEncoder;
import dev.gpioint.acpi.resource.ResourceTemplate;
import dev.gpioint.acpi.resource.VendorSerialBusDescriptor;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.OpaqueResource;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Serial bus types 192-255 are the vendor's (ACPI 6.5, 6.4.3.8.2). The bytes are the SPMI connection of the Acer
 * Aspire 1's {@code \_SB.ADC1._CRS} (buffer VUSR concatenated with "\_SB.SPMI", as {@code iasl -d} shows it).
 */
class VendorSerialBusTest {
    private static final String ADC1_SPMI = "8E1300 01 00 C1 02 0031 01 0000 5C5F53422E53504D4900 7900";

    @Test
    void aVendorTypeDecodesItsCommonHeaderAndReencodesToTheSameBytes() throws ResourceDecodeException {
        byte[] bytes = HexFormat.of().parseHex(ADC1_SPMI.replace(" ", ""));
        ResourceTemplate template = ResourceDecoder.decode(bytes, "DSDT", 0x100);

        var spmi = (VendorSerialBusDescriptor) template.body().getFirst();
        assertThat(spmi.serialBusType()).isEqualTo(193);
        assertThat(spmi.typeSpecificFlags()).isEqualTo(0x3100);
        assertThat(spmi.usage()).isEqualTo(1);
        assertThat(spmi.slaveMode()).isZero();
        assertThat(spmi.typeData().length()).isZero();
        assertThat(spmi.source()).isEqualTo("\\_SB.SPMI");
        assertThat(ResourceEncoder.encode(template)).isEqualTo(bytes);
    }

    @Test
    void itStaysInTheFirmwareModelWithoutReachingDrivers() throws ResourceDecodeException {
        byte[] bytes = HexFormat.of().parseHex(ADC1_SPMI.replace(" ", ""));
        var resource = DescriptorMapper.map(ResourceDecoder.decode(bytes, "DSDT", 0).body().getFirst(), NamePath::of);

        assertThat(resource).containsInstanceOf(OpaqueResource.class);
        assertThat(((OpaqueResource) resource.orElseThrow()).description()).isEqualTo(
                "VendorSerialBus (type 0xC1, flags 0x3100, ControllerInitiated, ResourceConsumer, Exclusive) \"\\_SB.SPMI\"");
    }

    @Test
    void aReservedTypeBelow192IsStillAnErrorNamingItsOffset() {
        byte[] bytes = HexFormat.of().parseHex(ADC1_SPMI.replace(" ", "").replace("0100C1", "010007"));
        var error = catchThrowableOfType(ResourceDecodeException.class, () -> ResourceDecoder.decode(bytes, "DSDT", 0x100));
        assertThat(error).hasMessageContaining("DSDT offset 0x105").hasMessageContaining("unsupported subtype 7 of large item 0x8E");
    }
}
