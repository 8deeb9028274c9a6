package dev.gpioint.kernel;

/** One entry of a processor's vector table: a primary line's assigned vector and processor, its IRQL and its chain. */
final class InterruptVector {
    private final int vector;
    private final int irql;
    private final int processor;
    private final InterruptLine line;
    private final InterruptChain chain;

    InterruptVector(int vector, int processor, InterruptLine line, InterruptChain chain) {
        this.vector = vector;
        this.processor = processor;
        this.irql = vector >> 4;
        this.line = line;
        this.chain = chain;
    }

    int vector() {
        return vector;
    }

    /** The processor whose vector table holds this entry: the line's only target. */
    int processor() {
        return processor;
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
