package dev.gpioint.kernel;

import dev.gpioint.firmware.InterruptMode;
import java.util.Objects;

/**
 * The fully specified parameters of a connect ({@code IoConnectInterruptEx(CONNECT_FULLY_SPECIFIED)}).
 *
 * @param vector          the translated vector: an IDT vector for a primary line, a secondary GSIV for a pin
 * @param affinity        the processors the vector is on (ProcessorEnableMask); a primary vector is found on one of them
 * @param irql            the IRQL the ISR runs at; PASSIVE for a passive ISR
 * @param synchronizeIrql the IRQL of the interrupt lock; PASSIVE for a passive ISR
 * @param mode            edge or level, from the translated descriptor
 * @param shareVector     whether the vector may be shared with other interrupt objects
 * @param passive         true for a passive-level ISR
 * @param routine         the ISR
 * @param owner           who connects (a device path), for messages and statistics
 * @param spinLock        a lock shared with other interrupt objects (DIRQL only); empty: its own lock
 */
public record ConnectRequest(long vector, long affinity, int irql, int synchronizeIrql, InterruptMode mode, boolean shareVector,
                             boolean passive, ServiceRoutine routine, String owner, java.util.Optional<SpinLock> spinLock) {
    public ConnectRequest {
        Objects.requireNonNull(spinLock, "spinLock");
        if (passive && spinLock.isPresent()) {
            throw new IllegalArgumentException("a passive interrupt has no spin lock");
        }
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(owner, "owner");
    }
}
