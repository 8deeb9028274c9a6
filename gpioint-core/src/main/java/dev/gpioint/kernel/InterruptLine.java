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
 *
 * <p>Any thread may drive the line; its state is guarded by a {@link HardwareLock}, which costs nothing on a
 * deterministic machine.
 */
public final class InterruptLine implements InterruptSource {
    private final InterruptManager manager;
    private final long gsiv;
    private final HardwareLock lock;
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

    InterruptLine(InterruptManager manager, Machine machine, long gsiv) {
        this.manager = manager;
        this.gsiv = gsiv;
        this.lock = new HardwareLock(machine);
    }

    public long gsiv() {
        return gsiv;
    }

    /** Drives the line's electrical level (true = high). Any thread, any time. */
    public void drive(boolean electricalHigh) {
        lock.lock();
        try {
            boolean wasAsserted = asserted();
            high = electricalHigh;
            boolean nowAsserted = asserted();
            if (!nowAsserted) {
                repeats = 0;
            }
            if (nowAsserted && !wasAsserted) {
                request();
            }
        } finally {
            lock.unlock();
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

    public boolean isAsserted() {
        lock.lock();
        try {
            return asserted();
        } finally {
            lock.unlock();
        }
    }

    public boolean isMasked() {
        lock.lock();
        try {
            return masked || passiveMasked || stormMasked;
        } finally {
            lock.unlock();
        }
    }

    /** True once a storm masked this line. */
    public boolean stormDetected() {
        lock.lock();
        try {
            return stormMasked;
        } finally {
            lock.unlock();
        }
    }

    /** Requests delivered to a processor. */
    public long requestCount() {
        lock.lock();
        try {
            return requests;
        } finally {
            lock.unlock();
        }
    }

    public InterruptMode mode() {
        lock.lock();
        try {
            return mode;
        } finally {
            lock.unlock();
        }
    }

    public Polarity polarity() {
        lock.lock();
        try {
            return polarity;
        } finally {
            lock.unlock();
        }
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

    void endOfInterrupt() {
        lock.lock();
        try {
            if (mode != InterruptMode.LEVEL) {
                return;
            }
            inService = false;
            requestAgainOrDeclareStorm();
        } finally {
            lock.unlock();
        }
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
    boolean program(InterruptMode newMode, Polarity newPolarity) {
        lock.lock();
        try {
            if (programmed) {
                return mode == newMode && polarity == newPolarity;
            }
            programmed = true;
            mode = newMode;
            polarity = newPolarity;
            return true;
        } finally {
            lock.unlock();
        }
    }

    void bind(InterruptVector newVector, Processor newTarget) {
        lock.lock();
        try {
            vector = newVector;
            target = newTarget;
        } finally {
            lock.unlock();
        }
    }

    InterruptVector boundVector() {
        lock.lock();
        try {
            return vector;
        } finally {
            lock.unlock();
        }
    }

    void setMasked(boolean value) {
        lock.lock();
        try {
            boolean wasMasked = masked;
            masked = value;
            if (wasMasked && !value && mode == InterruptMode.LEVEL && asserted()) {
                request();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isLevel() {
        lock.lock();
        try {
            return mode == InterruptMode.LEVEL;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void maskForPassive() {
        lock.lock();
        try {
            passiveMasked = true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void unmaskAfterPassive() {
        lock.lock();
        try {
            passiveMasked = false;
            if (mode == InterruptMode.LEVEL) {
                requestAgainOrDeclareStorm();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String describe() {
        return "GSIV " + gsiv;
    }
}
