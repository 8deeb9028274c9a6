package dev.gpioint.acpi.interpreter;

import java.util.List;

/**
 * A control method defined in AML: where its body is, how many arguments it takes, and whether it is
 * serialized. The body is parsed the first time the method runs, against the namespace as it then is (which
 * is how a call inside it learns how many arguments its callee takes), and kept.
 */
public final class AmlMethod implements AmlNamedObject {
    final AmlCode code;
    final int bodyStart;
    final int bodyEnd;
    final int argumentCount;
    final boolean serialized;
    final int syncLevel;
    /** The serialization mutex of a serialized method; null otherwise. */
    final AmlNamedObject.Mutex mutex;
    List<Term> body;

    AmlMethod(AmlCode code, int bodyStart, int bodyEnd, int flags) {
        this.code = code;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
        this.argumentCount = flags & 7;
        this.serialized = (flags & 8) != 0;
        this.syncLevel = flags >> 4 & 0xF;
        this.mutex = serialized ? new AmlNamedObject.Mutex(syncLevel) : null;
    }

    /** How many arguments the method takes (0..7). */
    public int argumentCount() {
        return argumentCount;
    }

    /** True when the method is declared Serialized. */
    public boolean serialized() {
        return serialized;
    }

    /** The table holding the method. */
    public String table() {
        return code.table();
    }

    /** The offset of the method's body in its table. */
    public int bodyOffset() {
        return bodyStart;
    }

    @Override
    public int objectType() {
        return 8;
    }

    @Override
    public String describe() {
        return "Method (" + argumentCount + " args" + (serialized ? ", serialized" : "") + ")";
    }
}
