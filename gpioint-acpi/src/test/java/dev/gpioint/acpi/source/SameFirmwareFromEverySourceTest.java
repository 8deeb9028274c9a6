package dev.gpioint.acpi.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.oracle.AcpidumpWriter;
import dev.gpioint.acpi.oracle.Iasl;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareFormat;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.ResourceOrigin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same firmware read from ASL, from the AML iasl makes of it, and from acpidump text of that AML gives the
 * same devices; the formats are found through ServiceLoader by file name and content.
 */
class SameFirmwareFromEverySourceTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws Exception {
        Path file = dir.resolve(name);
        try (var in = getClass().getResourceAsStream("/boards/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static Firmware load(List<Path> files) throws Exception {
        FirmwareFormat format = ServiceLoader.load(FirmwareFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.accepts(files)).findFirst().orElseThrow(() -> new AssertionError("no format for " + files));
        return format.source(files).load();
    }

    @Test
    void serviceLoaderFindsTheThreeFormats() {
        assertThat(ServiceLoader.load(FirmwareFormat.class).stream().map(p -> p.get().name()))
                .contains("asl", "aml", "acpidump");
    }

    @Test
    void aslDescribesTheBoard() throws Exception {
        Firmware fw = load(List.of(resource("formats-dsdt.asl")));
        assertThat(fw.devices()).extracting(d -> d.path().path())
                .containsExactly("\\_SB.GPO0", "\\_SB.I2C1", "\\_SB.TCH0", "\\_SB.BTN0", "\\_SB.ACC0", "\\_SB.BAD0");
        FirmwareDevice i2c = fw.device(NamePath.of("\\_SB.I2C1")).orElseThrow();
        assertThat(i2c.hardwareId()).contains("PNP0C50");
        assertThat(i2c.compatibleIds()).containsExactly("ACPI0C50", "PNP0A05");
        assertThat(i2c.uniqueId()).contains("bus-1");
        assertThat(i2c.status()).isEqualTo(0x0B);
        FirmwareDevice touch = fw.device(NamePath.of("\\_SB.TCH0")).orElseThrow();
        assertThat(touch.resourceOrigin()).isEqualTo(ResourceOrigin.EVALUATED_METHOD);
        assertThat(touch.resources()).extracting(r -> r.kind()).containsExactly("I2cSerialBusV2", "GpioInt");
        assertThat(touch.properties()).containsEntry("touchscreen-size-x", 1920L).containsEntry("compatible", "sim,touch")
                .containsEntry("reset-gpios", List.of("\\_SB.TCH0", 1L, 0L, 0L));
        FirmwareDevice buttons = fw.device(NamePath.of("\\_SB.BTN0")).orElseThrow();
        GpioInt first = (GpioInt) buttons.resources().getFirst();
        assertThat(first.controller()).isEqualTo(NamePath.of("\\_SB.GPO0"));
        assertThat(first.polarity()).isEqualTo(Polarity.ACTIVE_BOTH);
        assertThat(first.debounceHundredthsMs()).isEqualTo(500);
        assertThat(fw.device(NamePath.of("\\_SB.ACC0")).orElseThrow().resourceOrigin()).isEqualTo(ResourceOrigin.UNEVALUATED_METHOD);
        FirmwareDevice bad = fw.device(NamePath.of("\\_SB.BAD0")).orElseThrow();
        assertThat(bad.defect()).hasValueSatisfying(d -> assertThat(d).contains("I2C address 144"));
        assertThat(fw.device(NamePath.of("\\_SB.GPO0")).orElseThrow().defect()).isEmpty();
    }

    @Test
    void amlAndAcpidumpOfTheSameFirmwareGiveTheSameDevices() throws Exception {
        Iasl.assumeAvailable();
        Path asl = resource("formats-dsdt.asl");
        Path ssdtAsl = resource("formats-ssdt.asl");
        byte[] dsdt = Iasl.compile(Files.readString(asl));
        byte[] ssdt = Iasl.compile(Files.readString(ssdtAsl));
        Path dsdtFile = Files.write(dir.resolve("dsdt.dat"), dsdt);
        Path ssdtFile = Files.write(dir.resolve("ssdt1.aml"), ssdt);
        Path dump = Files.writeString(dir.resolve("acpidump.out"), AcpidumpWriter.table("DSDT", dsdt) + AcpidumpWriter.table("SSDT", ssdt),
                StandardCharsets.US_ASCII);

        Firmware fromAsl = load(List.of(asl));
        Firmware fromAml = load(List.of(dsdtFile));
        // The AML interpreter runs ACC0's _CRS method; the ASL compiler reads only literal values, so ACC0 is
        // the one device where the two sources differ: everything else is the same.
        FirmwareDevice accelerometer = fromAml.device(NamePath.of("\\_SB.ACC0")).orElseThrow();
        assertThat(accelerometer.resourceOrigin()).isEqualTo(ResourceOrigin.EVALUATED_METHOD);
        assertThat(accelerometer.resources()).singleElement().isInstanceOfSatisfying(dev.gpioint.firmware.I2cSerialBus.class,
                bus -> assertThat(bus.address()).isEqualTo(0x19));
        assertThat(withoutAccelerometer(fromAml)).isEqualTo(withoutAccelerometer(fromAsl));

        Firmware both = load(List.of(ssdtFile, dsdtFile));
        Firmware fromDump = load(List.of(dump));
        assertThat(fromDump.devices()).isEqualTo(both.devices());
        assertThat(both.devices().subList(0, fromAml.devices().size())).isEqualTo(fromAml.devices());
        assertThat(both.devices().getLast().path()).isEqualTo(NamePath.of("\\_SB.LED0"));
    }

    private static List<FirmwareDevice> withoutAccelerometer(Firmware firmware) {
        return firmware.devices().stream().filter(d -> !d.path().equals(NamePath.of("\\_SB.ACC0"))).toList();
    }
}
