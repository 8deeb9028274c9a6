package dev.gpioint.acpi.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.namespace.Namespace;
import dev.gpioint.firmware.NamePath;
import org.junit.jupiter.api.Test;

/** ResourceSource strings resolve the way ACPICA looks a path up from the device's node. */
class ControllerPathTest {
    private final Namespace ns = Namespace.builder().device("\\_SB.GPO0").device("\\_SB.PCI0.I2C1")
            .device("\\_SB.PCI0.TCH0").device("\\_SB.PCI0.TCH0.SUB0").build();

    @Test
    void resolvesLikeAcpica() {
        String dev = "\\_SB.PCI0.TCH0";
        assertThat(FirmwareAssembler.controller("\\_SB.GPO0", dev, ns)).isEqualTo(NamePath.of("\\_SB.GPO0"));
        assertThat(FirmwareAssembler.controller("\\_SB_.GPO0", dev, ns)).isEqualTo(NamePath.of("\\_SB.GPO0"));
        assertThat(FirmwareAssembler.controller("GPO0", dev, ns)).isEqualTo(NamePath.of("\\_SB.GPO0"));
        assertThat(FirmwareAssembler.controller("I2C1", dev, ns)).isEqualTo(NamePath.of("\\_SB.PCI0.I2C1"));
        assertThat(FirmwareAssembler.controller("SUB0", dev, ns)).isEqualTo(NamePath.of("\\_SB.PCI0.TCH0.SUB0"));
        assertThat(FirmwareAssembler.controller("^I2C1", dev, ns)).isEqualTo(NamePath.of("\\_SB.PCI0.I2C1"));
        assertThat(FirmwareAssembler.controller("^^GPO0", dev, ns)).isEqualTo(NamePath.of("\\_SB.GPO0"));
        assertThat(FirmwareAssembler.controller("GPIX", dev, ns)).isEqualTo(NamePath.of("\\_SB.PCI0.GPIX"));
    }
}
