package dev.gpioint.acpi.interpreter;

import java.util.ArrayList;
import java.util.List;

/**
 * One running method (or one table's module-level code): its Locals and Args, the scope its names are
 * resolved from and created in, the nodes it created (removed when it returns), and the value it returned.
 */
final class Frame {
    final AmlValue[] locals = new AmlValue[8];
    final AmlValue[] args = new AmlValue[7];
    /** Where names resolve from and are created; a Scope or Device block inside a method moves it for a while. */
    AmlNode scope;
    final String method;
    final AmlCode code;
    final List<AmlNode> temporaries = new ArrayList<>(0);
    final boolean moduleLevel;
    AmlValue returned = AmlValue.Uninitialized.INSTANCE;

    Frame(AmlNode scope, String method, AmlCode code, boolean moduleLevel) {
        this.scope = scope;
        this.method = method;
        this.code = code;
        this.moduleLevel = moduleLevel;
        java.util.Arrays.fill(locals, AmlValue.Uninitialized.INSTANCE);
        java.util.Arrays.fill(args, AmlValue.Uninitialized.INSTANCE);
    }
}
