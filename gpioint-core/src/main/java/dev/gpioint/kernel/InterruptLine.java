package dev.gpioint.kernel;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;

/**
 * One input of the primary interrupt controller (an I/O APIC or GIC line), known by its GSIV. Hardware drives
 * its electrical level; the line turns that into requests for its vector on its target processor, according
 * to its programmed mode and polarity:
 * <ul>
 *   <li>edge: each transition to the asserted level requests once; an edge while masked is lost;</li>
 *   <li>level: while asserted and unmasked the line requests, once per service (it is in service until the
 *       end of interrupt, then requests again if still asserted).</li>
 * </ul>
 * A level line that requests again {@code stormThreshold} times in a row without ever dropping is an interrupt
 * storm: the line is masked and the storm reported. The line is masked until an interrupt object connects.
 */
public final class InterruptLine implements InterruptSource {
    private final InterruptManager manager;
    private final long gsiv;
    private InterruptMode mode = InterruptMode.LEVEL;
    private Polarity polarity = Polarity.ACTIVE_HIGH;
    private boolean programmed;
    private boolean high;
    private boolean masked = true;
    private boolean passiveMasked;
    private boolean inService;
    private boolean stormMasked;
    private int repeats;
    private InterruptVector vector;
    private Processor target;
    private long requests;

    InterruptLine(InterruptManager manager, long gsiv) {
        this.manager = manager;
        this.gsiv = gsiv;
    }

    public long gsiv() {
        return gsiv;
    }

    /** Drives the line's electrical level (true = high). Any thread, any time. */
    public synchronized void drive(boolean electricalHigh) {
        boolean wasAsserted = asserted();
        high = electricalHigh;
        boolean nowAsserted = asserted();
        if (!nowAsserted) {
            repeats = 0;
        }
        if (nowAsserted && !wasAsserted) {
            request();
        }
    }

    /** Asserts the line, then releases it: one edge, or a short level pulse. */
    public void pulse() {
        boolean assertedLevel = polarity != Polarity.ACTIVE_LOW;
        drive(assertedLevel);
        drive(!assertedLevel);
    }

    /** Sets the line to its asserted (true) or released (false) level, whatever its polarity. */
    public void assertLine(boolean asserted) {
        drive(polarity == Polarity.ACTIVE_LOW ? !asserted : asserted);
    }

    public synchronized boolean isAsserted() {
        return asserted();
    }

    public synchronized boolean isMasked() {
        return masked || passiveMasked || stormMasked;
    }

    /** True once a storm masked this line. */
    public synchronized boolean stormDetected() {
        return stormMasked;
    }

    /** Requests delivered to a processor. */
    public synchronized long requestCount() {
        return requests;
    }

    public synchronized InterruptMode mode() {
        return mode;
    }

    public synchronized Polarity polarity() {
        return polarity;
    }

    private boolean asserted() {
        return polarity == Polarity.ACTIVE_LOW ? !high : high;
    }

    private void request() {
        if (vector == null || masked || passiveMasked || stormMasked) {
            return;
        }
        if (mode == InterruptMode.LEVEL) {
            if (inService) {
                return;
            }
            inService = true;
        }
        requests++;
        target.requestInterrupt(vector.vector());
    }

    synchronized void endOfInterrupt() {
        if (mode != InterruptMode.LEVEL) {
            return;
        }
        inService = false;
        requestAgainOrDeclareStorm();
    }

    /** After a service: a level line still asserted requests again, unless it has done so too often in a row. */
    private void requestAgainOrDeclareStorm() {
        if (asserted() && !masked && !passiveMasked && !stormMasked && !inService) {
            if (++repeats >= manager.stormThreshold()) {
                stormMasked = true;
                manager.reportStorm(this, repeats);
                return;
            }
            request();
        }
    }

    /** Programs mode and polarity; a second, different programming is refused. */
    synchronized boolean program(InterruptMode newMode, Polarity newPolarity) {
        if (programmed) {
            return mode == newMode && polarity == newPolarity;
        }
        programmed = true;
        mode = newMode;
        polarity = newPolarity;
        return true;
    }

    synchronized void bind(InterruptVector newVector, Processor newTarget) {
        vector = newVector;
        target = newTarget;
    }

    synchronized InterruptVector boundVector() {
        return vector;
    }

    synchronized void setMasked(boolean value) {
        boolean wasMasked = masked;
        masked = value;
        if (wasMasked && !value && mode == InterruptMode.LEVEL && asserted()) {
            request();
        }
    }

    @Override
    public synchronized boolean isLevel() {
        return mode == InterruptMode.LEVEL;
    }

    @Override
    public synchronized void maskForPassive() {
        passiveMasked = true;
    }

    @Override
    public synchronized void unmaskAfterPassive() {
        passiveMasked = false;
        if (mode == InterruptMode.LEVEL) {
            requestAgainOrDeclareStorm();
        }
    }

    @Override
    public String describe() {
        return "GSIV " + gsiv;
    }
}
