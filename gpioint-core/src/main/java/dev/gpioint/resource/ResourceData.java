package dev.gpioint.resource;

import java.util.Objects;

/** The type-specific part of a descriptor, {@code u} in {@code CM_PARTIAL_RESOURCE_DESCRIPTOR}. */
public sealed interface ResourceData {

    /**
     * {@code u.Interrupt}. In a raw list level and vector are bus-relative (here: the GSIV); in a translated
     * list level is the assigned DIRQL and vector the assigned system vector.
     *
     * @param affinity KAFFINITY bit mask of target processors; -1 means any
     * @param group    processor group
     */
    record InterruptData(int level, int vector, long affinity, int group) implements ResourceData {
    }

    /** {@code u.Connection}: a GPIO I/O or serial bus connection, opened through the resource hub by its ID. */
    record ConnectionData(ConnectionType type, long id) implements ResourceData {
        public ConnectionData {
            Objects.requireNonNull(type, "type");
        }

        public ConnectionClass connectionClass() {
            return type.connectionClass();
        }

        public int idLowPart() {
            return (int) id;
        }

        public int idHighPart() {
            return (int) (id >>> 32);
        }
    }

    /** {@code u.Memory} / {@code u.Port}: a physical address range. */
    record RangeData(long start, long length) implements ResourceData {
    }

    /** {@code u.Dma}. */
    record DmaData(int channel, int port) implements ResourceData {
    }
}
