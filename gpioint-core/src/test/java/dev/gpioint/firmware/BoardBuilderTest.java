package dev.gpioint.firmware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoardBuilderTest {

    @Test
    void devicesAndResourcesKeepDefinitionOrder() {
        Firmware fw = BoardBuilder.named("b")
                .device("\\_SB.SNS0", d -> d.hid("SMSN0001").cid("ACC0001").cid("PNP0C50")
                        .gpioInt("\\_SB.GPO0", 6, InterruptMode.EDGE, Polarity.ACTIVE_LOW)
                        .gpioIo("\\_SB.GPO0", IoRestriction.INPUT_ONLY, 10, 11)
                        .interrupt(50, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .gpioInt("\\_SB.GPO1", 5, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.GPO0", d -> d.hid("GPSM0001"))
                .build();
        assertThat(fw.devices()).extracting(dv -> dv.path().toString()).containsExactly("\\_SB.SNS0", "\\_SB.GPO0");
        FirmwareDevice sensor = fw.devices().get(0);
        assertThat(sensor.resources()).extracting(FirmwareResource::kind).containsExactly("GpioInt", "GpioIo", "Interrupt", "GpioInt");
        assertThat(sensor.matchIds()).containsExactly("SMSN0001", "ACC0001", "PNP0C50");
        assertThat(sensor.dependencies()).containsExactly(NamePath.of("\\_SB.GPO0"), NamePath.of("\\_SB.GPO1"));
        assertThat(((GpioIo) sensor.resources().get(1)).pins()).containsExactly(10, 11);
        assertThat(BoardBuilder.named("b").device("\\_SB.X", d -> d.hid("A")).build())
                .isEqualTo(BoardBuilder.named("b").device("\\_SB.X", d -> d.hid("A")).build());
    }

    @Test
    void badFirmwareIsRefused() {
        assertThatThrownBy(() -> BoardBuilder.named("b").device("\\_SB.X", d -> { }).device("\\_SB.X", d -> { }).build())
                .hasMessageContaining("defined twice");
        assertThatThrownBy(() -> Interrupt.of(5, InterruptMode.EDGE, Polarity.ACTIVE_BOTH, Sharing.EXCLUSIVE, false))
                .hasMessageContaining("ActiveBoth");
        assertThatThrownBy(() -> new GpioIo(NamePath.of("\\_SB.G"), List.of(), Sharing.EXCLUSIVE, false, PullConfiguration.DEFAULT, 0, 0, 0,
                IoRestriction.NONE, VendorData.EMPTY)).hasMessageContaining("at least one pin");
        assertThatThrownBy(() -> GpioInt.of(NamePath.of("\\_SB.G"), 0x10000, InterruptMode.EDGE, Polarity.ACTIVE_LOW, Sharing.EXCLUSIVE, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
