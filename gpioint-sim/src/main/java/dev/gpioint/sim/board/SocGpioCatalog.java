package dev.gpioint.sim.board;

import static dev.gpioint.sim.SimSocGpioRegisters.FEATURE_BOTH_EDGES;
import static dev.gpioint.sim.SimSocGpioRegisters.FEATURE_EDGE;
import static dev.gpioint.sim.SimSocGpioRegisters.FEATURE_LEVEL;
import static dev.gpioint.sim.SimSocGpioRegisters.FEATURE_MEMORY_MAPPED;

import dev.gpioint.firmware.FirmwareDevice;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The real GPIO controllers gpioint simulates, matched by {@code _HID}/{@code _CID} as Windows matches drivers
 * (the device's IDs in order, the first a family lists wins). Immutable.
 *
 * <p>Where a shape is not public, the entry says what it is inferred from. Qualcomm's TLMM bank rule is inferred
 * from the firmware of the 56 Windows-on-ARM machines in the shared corpus: every TLMM lists n Interrupt()
 * resources and uses GpioInt pins only below 64 n, with the pins above the physical GPIOs at multiples of 64 (one
 * pin per direct-connect interrupt); banks of 64 pins, one per interrupt, fit every machine.
 *
 * <p>Which banks each interrupt of a Qualcomm PMIC GPIO controller serves is not public either; the PMIC entry's
 * {@link BankInterruptWiring#CONTIGUOUS_RANGES} is gpioint's inference. Evidence: 24 PMICs of the corpus list one
 * Interrupt() (it serves every bank); the 32 Snapdragon X ones list two (31 {@code QCOM0C2D}, GSIVs 513 and 515) or
 * three (one {@code QCOM0F2D}, GSIVs 778, 780, 580) for 64 banks. Linux describes the X1E80100's SPMI PMIC arbiter as
 * driving up to two SPMI buses, each with its own peripheral interrupt (binding qcom,x1e80100-spmi-pmic-arb.yaml),
 * and the next generation's (glymur.dtsi) as driving three: one Interrupt() per bus, presumably. Linux's X1E80100
 * PMIC list (hamoa-pmics.dtsi) puts the PMK8550 with the power key (PON interrupts 7 and 6, the numbers of the
 * corpus buttons' PMIC pins 7 and 6) and the other main PMICs on bus 0, only SMB2360 chargers on bus 1. Every PMIC pin a corpus consumer
 * uses is below 646 (GpioInt 6, 7, 104-107, 114, 200-203, 213, 215, 592-595, 642-645; GpioIo 213, 215, 217, 218, 417, 535),
 * i.e. in banks 0 to 10. So the banks are split in order into equal contiguous ranges, the first interrupt serving
 * the low ones: with two interrupts banks 0-31 and 32-63, with three 0-21, 22-42 and 43-63. Every pin the corpus
 * uses is then served by the first interrupt, as the bus-0 PMICs would be.
 */
public final class SocGpioCatalog {
    private static final int ALL = FEATURE_EDGE | FEATURE_LEVEL | FEATURE_BOTH_EDGES;

    private static final List<SocGpioModel> MODELS = List.of(
            new SocGpioModel("Qualcomm TLMM",
                    List.of("QCOM0016", "QCOM0217", "QCOM040D", "QCOM060C", "QCOM080D", "QCOM0A0C", "QCOM0C0C", "QCOM0F0C"),
                    64, SocGpioModel.bankPerInterrupt(64), ALL | FEATURE_MEMORY_MAPPED,
                    "memory-mapped; edge, level and dual-edge detection (Linux pinctrl-msm); banks of 64 pins, one per "
                            + "Interrupt() resource (inferred from the corpus firmware)"),
            new SocGpioModel("Qualcomm PMIC GPIO",
                    List.of("QCOM0066", "QCOM0269", "QCOM0430", "QCOM062D", "QCOM0830", "QCOM0A2D", "QCOM0C2D", "QCOM0F2D"),
                    64, SocGpioModel.fixed(4096), ALL, BankInterruptWiring.CONTIGUOUS_RANGES,
                    "behind SPMI, so not memory-mapped: callbacks and consumer ISRs at PASSIVE; edge, level and both "
                            + "edges (Linux spmi-pmic-arb); 4096 pins (Windows' PMIC interrupt numbering is not public; "
                            + "the corpus uses pins up to 3584); n Interrupt() resources for its 64 banks serve equal "
                            + "contiguous ranges of banks in order (inferred from the corpus: one per SPMI bus)"),
            new SocGpioModel("Intel Bay Trail GPIO", List.of("INT33FC"), 32,
                    device -> switch (device.uniqueId().orElse("1")) {
                        case "2" -> 28;
                        case "3" -> 44;
                        default -> 102;
                    }, ALL | FEATURE_MEMORY_MAPPED,
                    "memory-mapped; 102, 28 and 44 pins for _UID 1, 2, 3 (Linux pinctrl-baytrail)"),
            new SocGpioModel("Intel PCH GPIO",
                    List.of("INT33FF", "INT344B", "INT3450", "INT34BB", "INT34C5", "INTC1055", "INTC1056", "INTC1083"),
                    32, SocGpioModel.fixed(512), ALL | FEATURE_MEMORY_MAPPED,
                    "memory-mapped pad groups of up to 32 pads, one shared interrupt, edge/level/both edges "
                            + "(Linux pinctrl-intel); 512 pins by default (the count varies by PCH)"),
            new SocGpioModel("AMD GPIO", List.of("AMDI0030", "AMD0030"), 64, SocGpioModel.fixed(256),
                    ALL | FEATURE_MEMORY_MAPPED,
                    "memory-mapped, one register per pin, edge/level/both edges (Linux pinctrl-amd); 256 pins"),
            new SocGpioModel("ARM PL061", List.of("ARMH0061"), 32, SocGpioModel.fixed(8), ALL | FEATURE_MEMORY_MAPPED,
                    "memory-mapped, 8 pins, edge/level/both edges (GPIOIBE), one interrupt (ARM PL061 TRM)"),
            new SocGpioModel("Synopsys DesignWare APB GPIO", List.of("APMC0D07", "HISI0181"), 32, SocGpioModel.fixed(32),
                    FEATURE_EDGE | FEATURE_LEVEL | FEATURE_MEMORY_MAPPED,
                    "memory-mapped, port A of 32 pins, edge/level; both edges emulated by the driver (Linux gpio-dwapb)"));

    private SocGpioCatalog() {
    }

    public static List<SocGpioModel> models() {
        return MODELS;
    }

    /** Every ID of every family. */
    public static List<String> ids() {
        return MODELS.stream().flatMap(m -> m.ids().stream()).toList();
    }

    /** The family of {@code device}: its IDs tried in order. */
    public static Optional<SocGpioModel> match(FirmwareDevice device) {
        for (String id : device.matchIds()) {
            String wanted = id.toUpperCase(Locale.ROOT);
            for (SocGpioModel model : MODELS) {
                if (model.ids().contains(wanted)) {
                    return Optional.of(model);
                }
            }
        }
        return Optional.empty();
    }
}
