package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.firmware.UartSerialBus;
import dev.gpioint.sim.SimSpiRegisterTarget;
import dev.gpioint.sim.SimUartEcho;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What stands in for a present device gpioint does not model when its SpiSerialBusV2 or UartSerialBusV2 names a
 * simulated controller, so that its connections lead somewhere: a {@link SimSpiRegisterTarget} behind each chip
 * select it uses (in the mode of its first connection there, up to its fastest clock there), and a
 * {@link SimUartEcho} on its UART. Chip selects and UARTs that already have something are left alone.
 */
public final class StandInHardware implements SimulatedDevice {
    /** The ID register value of the stand-in SPI register devices. */
    public static final int SPI_ID = 0x5A;

    private final Map<Integer, SimSpiRegisterTarget> spiTargets;
    private final Optional<SimUartEcho> echo;

    private StandInHardware(Map<Integer, SimSpiRegisterTarget> spiTargets, Optional<SimUartEcho> echo) {
        this.spiTargets = spiTargets;
        this.echo = echo;
    }

    /** Builds the stand-ins {@code device} needs; empty when none (no connection to a simulated controller). */
    static Optional<StandInHardware> build(SimBoardContext context, FirmwareDevice device) {
        var spi = new LinkedHashMap<Integer, SimSpiRegisterTarget>();
        SimUartEcho echo = null;
        for (FirmwareResource resource : device.resources()) {
            try {
                switch (resource) {
                    case SpiSerialBus connection -> {
                        var bus = context.spiController(connection).bus();
                        int chipSelect = connection.deviceSelection();
                        if (!spi.containsKey(chipSelect) && !bus.hasTarget(chipSelect)) {
                            long fastest = device.resources().stream().filter(SpiSerialBus.class::isInstance).map(SpiSerialBus.class::cast)
                                    .filter(s -> s.controller().equals(connection.controller()) && s.deviceSelection() == chipSelect)
                                    .mapToLong(SpiSerialBus::speedHz).max().orElse(connection.speedHz());
                            var target = new SimSpiRegisterTarget(context.machine(), SPI_ID, connection.mode(), fastest);
                            bus.attach(chipSelect, target);
                            spi.put(chipSelect, target);
                        }
                    }
                    case UartSerialBus connection -> {
                        var uart = context.uartController(connection).uart();
                        if (echo == null && !uart.hasPeer()) {
                            echo = new SimUartEcho(uart);
                        }
                    }
                    default -> {
                    }
                }
            } catch (IllegalArgumentException notSimulated) {
                // the connection names a controller the simulation does not have: nothing to stand in on
            }
        }
        return spi.isEmpty() && echo == null ? Optional.empty() : Optional.of(new StandInHardware(spi, Optional.ofNullable(echo)));
    }

    /** The register device behind {@code chipSelect}, if this stand-in put one there. */
    public Optional<SimSpiRegisterTarget> spiTarget(int chipSelect) {
        return Optional.ofNullable(spiTargets.get(chipSelect));
    }

    /** The echo on its UART, if this stand-in put one there. */
    public Optional<SimUartEcho> uartEcho() {
        return echo;
    }

    @Override
    public String describe() {
        var parts = new ArrayList<String>();
        spiTargets.keySet().forEach(cs -> parts.add("a generic SPI register device at chip select " + cs));
        echo.ifPresent(e -> parts.add("a UART echo"));
        return "stand-in: " + String.join(", ", parts);
    }
}
