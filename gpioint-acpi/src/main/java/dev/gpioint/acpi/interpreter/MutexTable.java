package dev.gpioint.acpi.interpreter;

/**
 * Mutex ownership for the one thread that runs AML: recursive acquisition, release of a mutex not held
 * (AE_AML_MUTEX_NOT_ACQUIRED), and the sync-level rule of ACPI 6.5 section 19.6.87 (a mutex may not be
 * acquired below the sync level of one already held: AE_AML_MUTEX_ORDER). Serialized methods use the same
 * table with their implicit mutex.
 */
final class MutexTable {
    private int syncLevel;
    private final java.util.ArrayDeque<AmlNamedObject.Mutex> held = new java.util.ArrayDeque<>();

    void acquire(AmlNamedObject.Mutex m, String what) {
        if (m.depth > 0) {
            m.depth++;
            return;
        }
        if (m.syncLevel < syncLevel) {
            throw new AmlFault(AmlStatus.AE_AML_MUTEX_ORDER, "acquiring " + what + " (sync level " + m.syncLevel
                    + ") while holding a mutex of sync level " + syncLevel);
        }
        m.depth = 1;
        held.push(m);
        m.previousSyncLevel = syncLevel;
        syncLevel = m.syncLevel;
    }

    void release(AmlNamedObject.Mutex m, String what) {
        if (m.depth == 0) {
            throw new AmlFault(AmlStatus.AE_AML_MUTEX_NOT_ACQUIRED, "releasing " + what + ", which is not held");
        }
        if (--m.depth == 0) {
            syncLevel = m.previousSyncLevel;
            held.remove(m);
        }
    }

    /** Releases everything still held after an evaluation failed, as ACPICA does when it aborts a method. */
    void releaseAll() {
        for (AmlNamedObject.Mutex m : held) {
            m.depth = 0;
        }
        held.clear();
        syncLevel = 0;
    }
}
