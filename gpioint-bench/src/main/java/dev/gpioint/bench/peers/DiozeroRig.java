package dev.gpioint.bench.peers;

import com.diozero.api.DeviceMode;
import com.diozero.api.DigitalInputDevice;
import com.diozero.api.DigitalInputEvent;
import com.diozero.api.GpioEventTrigger;
import com.diozero.internal.provider.mock.MockDeviceFactory;
import com.diozero.internal.provider.mock.MockDigitalInputDevice;
import java.util.EnumSet;

/**
 * diozero 1.4.1's mock provider: {@code MockDigitalInputDevice.accept} dispatches the event to the device's
 * listeners on the calling thread. Its API takes a new event object per injection; the timestamps passed are
 * constants so the figure does not include two clock reads our path does not make.
 */
final class DiozeroRig implements PeerRig {
    private static final int GPIO = 17;
    private final MockDeviceFactory factory;
    private final DigitalInputDevice device;
    private final MockDigitalInputDevice mock;
    private final boolean stamped;
    private boolean high;
    private volatile long delivered;
    private volatile long stamp;

    DiozeroRig(boolean stamped) {
        this.stamped = stamped;
        this.factory = new MockDeviceFactory();
        // The mock board has no pins of its own (java-peers.md §5.2).
        factory.getBoardPinInfo().addGpioPinInfo(GPIO, 11, EnumSet.of(DeviceMode.DIGITAL_INPUT, DeviceMode.DIGITAL_OUTPUT));
        this.device = DigitalInputDevice.Builder.builder(GPIO).setDeviceFactory(factory).setTrigger(GpioEventTrigger.BOTH).build();
        device.addListener(event -> {
            long now = this.stamped ? System.nanoTime() : 0;
            stamp = now;
            delivered = delivered + 1;
        });
        this.mock = factory.getDevice(device.getName());
    }

    @Override
    public String name() {
        return "diozero 1.4.1 mock";
    }

    @Override
    public void inject() {
        high = !high;
        mock.accept(new DigitalInputEvent(GPIO, 0L, 0L, high));
    }

    @Override
    public long delivered() {
        return delivered;
    }

    @Override
    public long lastStamp() {
        return stamp;
    }

    @Override
    public void close() {
        device.close();
        factory.close();
    }
}
