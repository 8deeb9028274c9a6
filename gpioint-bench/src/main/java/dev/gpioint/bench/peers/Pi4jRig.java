package dev.gpioint.bench.peers;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;

/**
 * Pi4J 3.0.3's mock digital input: {@code mockState} dispatches a state-change event to the listeners on the
 * calling thread, and only when the state changes, so each injection alternates HIGH and LOW.
 */
final class Pi4jRig implements PeerRig {
    private final Context pi4j;
    private final MockDigitalInput input;
    private final boolean stamped;
    private boolean high;
    private volatile long delivered;
    private volatile long stamp;

    Pi4jRig(boolean stamped) {
        this.stamped = stamped;
        this.pi4j = Pi4J.newContextBuilder().add(MockDigitalInputProvider.newInstance()).build();
        DigitalInput in = pi4j.din().create(DigitalInput.newConfigBuilder(pi4j).id("irq").address(17).build());
        in.addListener(event -> {
            long now = this.stamped ? System.nanoTime() : 0;
            stamp = now;
            delivered = delivered + 1;
        });
        this.input = (MockDigitalInput) in;
    }

    @Override
    public String name() {
        return "Pi4J 3.0.3 mock";
    }

    @Override
    public void inject() {
        high = !high;
        input.mockState(high ? DigitalState.HIGH : DigitalState.LOW);
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
        pi4j.shutdown();
    }
}
