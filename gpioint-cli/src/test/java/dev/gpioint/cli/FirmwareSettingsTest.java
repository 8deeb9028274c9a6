package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code --region} and {@code --os} change what real firmware evaluates to: the ThinkPad X13s lists two
 * touchpads on one pin and its {@code _STA}s pick one by the touchpad's vendor and product IDs, which firmware
 * reads from a SystemMemory region (the MNVS NVS area, TDVI at 0x9E40AFB7 and TDPI after it).
 */
class FirmwareSettingsTest {
    private static final Path X13S = Path.of("../../shared/corpus/woa/lenovo-thinkpad-x13s__dsdt.dat");

    @Test
    void regionContentsPickWhichTouchpadIsPresent() {
        Assumptions.assumeTrue(Files.exists(X13S), "the corpus is not at " + X13S);
        CommandResult none = CommandResult.run("decode", X13S.toString());
        assertThat(none.out()).contains("\\_SB.IC22.TPD0  ELAN0674,PNP0C50  _STA 0x0").contains("\\_SB.IC22.TPD1  SYNA8021,PNP0C50  _STA 0x0");
        CommandResult elan = CommandResult.run("decode", X13S.toString(), "--region", "SystemMemory:0x9E40AFB7=F3049331");
        assertThat(elan.out()).contains("\\_SB.IC22.TPD0  ELAN0674,PNP0C50  _STA 0xF").contains("\\_SB.IC22.TPD1  SYNA8021,PNP0C50  _STA 0x0");
        CommandResult synaptics = CommandResult.run("decode", X13S.toString(), "--region", "SystemMemory:0x9E40AFB7=CB065CCE");
        assertThat(synaptics.out()).contains("\\_SB.IC22.TPD0  ELAN0674,PNP0C50  _STA 0x0").contains("\\_SB.IC22.TPD1  SYNA8021,PNP0C50  _STA 0xF");
    }

    @Test
    void badSettingsAreOneClearLine() {
        Assumptions.assumeTrue(Files.exists(X13S), "the corpus is not at " + X13S);
        CommandResult space = CommandResult.run("decode", X13S.toString(), "--region", "Bogus:1=00");
        assertThat(space.status()).isEqualTo(2);
        assertThat(space.err()).contains("unknown region space 'Bogus'").doesNotContain("Exception");
        CommandResult shape = CommandResult.run("decode", X13S.toString(), "--region", "SystemMemory=00");
        assertThat(shape.status()).isEqualTo(2);
        assertThat(shape.err()).contains("expected SPACE:ADDRESS=HEX");
        CommandResult os = CommandResult.run("decode", X13S.toString(), "--os", "dos");
        assertThat(os.status()).isEqualTo(2);
        assertThat(os.err()).contains("unknown operating system 'dos'");
    }
}
