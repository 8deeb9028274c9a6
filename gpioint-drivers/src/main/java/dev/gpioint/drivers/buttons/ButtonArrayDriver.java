package dev.gpioint.drivers.buttons;

import dev.gpioint.driver.ResourceLayout;
import dev.gpioint.driver.ResourceSlot;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;
import java.util.Optional;

/**
 * The Windows button array driver ({@code PNP0C40}): power, Windows, volume up, volume down and rotation lock,
 * each an Edge ActiveBoth GpioInt, in that firmware order.
 */
public final class ButtonArrayDriver implements KmdfDriver {
    public static final String HARDWARE_ID = "PNP0C40";
    /** The buttons in firmware order. */
    public static final List<String> BUTTONS = List.of("power", "windows", "volume-up", "volume-down", "rotation-lock");

    @Override
    public String name() {
        return "buttons";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(HARDWARE_ID);
    }

    @Override
    public Optional<ResourceLayout> expectedLayout() {
        return Optional.of(new ResourceLayout(BUTTONS.stream()
                .map(b -> ResourceSlot.interrupt(b, InterruptMode.EDGE, Polarity.ACTIVE_BOTH)).toList()));
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new ButtonArrayDevice();
    }
}
