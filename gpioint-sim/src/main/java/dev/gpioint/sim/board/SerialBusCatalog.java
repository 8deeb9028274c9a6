package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.serial.UartSettings.Parity;
import dev.gpioint.serial.UartSettings.StopBits;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The real SPI and UART controllers gpioint simulates, matched by {@code _HID}/{@code _CID} as Windows matches
 * drivers (the device's IDs in order, the first a family lists wins). Immutable.
 *
 * <p>The Qualcomm IDs are the ones the 56 Windows-on-ARM machines of the shared corpus name as the controller of a
 * SpiSerialBusV2 or UartSerialBusV2 resource. Limits come from the parts' Linux drivers where those state them; where
 * a limit depends on a platform clock the entry says it is gpioint's choice.
 */
public final class SerialBusCatalog {
    private static final Set<Parity> NONE_EVEN_ODD = Set.of(Parity.NONE, Parity.EVEN, Parity.ODD);
    private static final Set<StopBits> ONE_OR_TWO = Set.of(StopBits.ONE, StopBits.TWO);

    private static final List<SpiControllerModel> SPI = List.of(
            new SpiControllerModel("Qualcomm GENI SPI", List.of("QCOM021E", "QCOM040F", "QCOM060E", "QCOM0C0E"),
                    4, 50_000_000, 4, 32, true, false,
                    "Linux spi-geni-qcom: 4 chip selects, 50 MHz, 4- to 32-bit words, chip select active high, no three-wire mode"),
            new SpiControllerModel("Intel LPSS SPI", List.of("INT33C0", "INT33C1", "INT3430", "INT3431", "80860F0E"),
                    1, 50_000_000, 4, 32, true, false,
                    "Linux spi-pxa2xx (LPSS SSP): one chip select (Lynx Point, Wildcat Point, Bay Trail), 4- to 32-bit "
                            + "words; 50 MHz is gpioint's choice (the SSP clock varies by platform)"),
            new SpiControllerModel("Intel Braswell LPSS SPI", List.of("8086228E"),
                    2, 50_000_000, 4, 32, true, false,
                    "Linux spi-pxa2xx (LPSS SSP, Braswell): two chip selects, 4- to 32-bit words; 50 MHz is gpioint's choice"));

    private static final List<UartControllerModel> UART = List.of(
            new UartControllerModel("Qualcomm GENI UART",
                    List.of("QCOM0236", "QCOM0418", "QCOM0616", "QCOM0818", "QCOM0A16", "QCOM0C16", "QCOM0F16"),
                    4_000_000, 5, 8, NONE_EVEN_ODD, ONE_OR_TWO, true,
                    "Linux qcom_geni_serial: 300 to 4000000 baud, 5- to 8-bit characters, RTS/CTS"),
            new UartControllerModel("Qualcomm BLSP UART (UARTDM)", List.of("QCOM0034"),
                    4_000_000, 5, 8, NONE_EVEN_ODD, ONE_OR_TWO, true,
                    "Linux msm_serial: 300 to 4000000 baud, 5- to 8-bit characters, RTS/CTS"),
            new UartControllerModel("Intel LPSS UART",
                    List.of("INT33C4", "INT33C5", "INT3434", "INT3435", "80860F0A", "8086228A"),
                    3_686_400, 5, 8, Set.of(Parity.values()), ONE_OR_TWO, true,
                    "Linux 8250_dw (16550-compatible DesignWare UART): 5- to 8-bit characters, mark and space parity, "
                            + "RTS/CTS; 3686400 baud is gpioint's choice (the UART clock varies by platform)"),
            new UartControllerModel("AMD UART", List.of("AMDI0020", "AMD0020"),
                    3_000_000, 5, 8, Set.of(Parity.values()), ONE_OR_TWO, true,
                    "Linux 8250_dw with the 48 MHz clock acpi_apd gives AMD's UARTs: 3000000 baud (48 MHz / 16)"));

    private SerialBusCatalog() {
    }

    public static List<SpiControllerModel> spiModels() {
        return SPI;
    }

    public static List<UartControllerModel> uartModels() {
        return UART;
    }

    /** Every SPI controller ID. */
    public static List<String> spiIds() {
        return SPI.stream().flatMap(m -> m.ids().stream()).toList();
    }

    /** Every UART controller ID. */
    public static List<String> uartIds() {
        return UART.stream().flatMap(m -> m.ids().stream()).toList();
    }

    /** The SPI family of {@code device}: its IDs tried in order. */
    public static Optional<SpiControllerModel> spi(FirmwareDevice device) {
        return match(device, SPI, SpiControllerModel::ids);
    }

    /** The UART family of {@code device}: its IDs tried in order. */
    public static Optional<UartControllerModel> uart(FirmwareDevice device) {
        return match(device, UART, UartControllerModel::ids);
    }

    private static <M> Optional<M> match(FirmwareDevice device, List<M> models, Function<M, List<String>> ids) {
        for (String id : device.matchIds()) {
            String wanted = id.toUpperCase(Locale.ROOT);
            for (M model : models) {
                if (ids.apply(model).contains(wanted)) {
                    return Optional.of(model);
                }
            }
        }
        return Optional.empty();
    }
}
