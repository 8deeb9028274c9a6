package dev.gpioint.kernel;

/** One entry of the vector table: a primary line's assigned vector, its IRQL and its chain. */
final class InterruptVector {
    private final int vector;
    private final int irql;
    private final InterruptLine line;
    private final InterruptChain chain;

    InterruptVector(int vector, InterruptLine line, InterruptChain chain) {
        this.vector = vector;
        this.irql = vector >> 4;
        this.line = line;
        this.chain = chain;
    }

    int vector() {
        return vector;
    }

    int irql() {
        return irql;
    }

    InterruptLine line() {
        return line;
    }

    InterruptChain chain() {
        return chain;
    }

    /** The ISRs returned: a level line still asserted requests again (claimed or not; its storm count decides). */
    void endOfInterrupt() {
        line.endOfInterrupt();
    }
}
