package dev.gpioint.acpi.interpreter;

import java.util.List;

/**
 * One parsed AML term: the tree the {@link AmlParser} builds from a method body (or a module-level statement)
 * and the {@link Executor} runs. Every term keeps the table offset of its opcode, for error messages. A target
 * that AML leaves out (NullName) is null.
 */
sealed interface Term {
    int offset();

    /** An Integer or String constant. */
    record Const(int offset, AmlValue value) implements Term {
    }

    /** {@code Buffer (size) {init}}: a new buffer each time it is evaluated. */
    record BufferLit(int offset, Term size, byte[] init) implements Term {
    }

    /** {@code Package}/{@code VarPackage}: a new package each time it is evaluated. */
    record PackageLit(int offset, Term count, List<Term> elements) implements Term {
    }

    /** A name used as a value (or as a target). */
    record NameRef(int offset, String name) implements Term {
    }

    /** A name as a package element: becomes a reference to the named object. */
    record ElementName(int offset, String name) implements Term {
    }

    /** Local0..Local7. */
    record Local(int offset, int index) implements Term {
    }

    /** Arg0..Arg6. */
    record Arg(int offset, int index) implements Term {
    }

    /** The Debug object. */
    record DebugObject(int offset) implements Term {
    }

    /** A method invocation. */
    record Call(int offset, String name, List<Term> args) implements Term {
    }

    /**
     * An expression opcode with its operands and targets; {@code opcode} is the one-byte opcode or
     * {@code 0x5B00 | extended} for the {@code 0x5B}-prefixed ones.
     */
    record Op(int offset, int opcode, List<Term> operands, Term target, Term target2) implements Term {
    }

    /** {@code If (predicate) {then} Else {otherwise}}; {@code otherwise} is empty without an Else. */
    record If(int offset, Term predicate, List<Term> then, List<Term> otherwise) implements Term {
    }

    /** {@code While (predicate) {body}}. */
    record While(int offset, Term predicate, List<Term> body) implements Term {
    }

    /** {@code Return (value)}. */
    record Return(int offset, Term value) implements Term {
    }

    /** {@code Break}. */
    record Break(int offset) implements Term {
    }

    /** {@code Continue}. */
    record Continue(int offset) implements Term {
    }

    /** {@code Noop}, {@code BreakPoint}, and {@code External}, which only inform the compiler. */
    record Nothing(int offset) implements Term {
    }

    /** {@code Name (name, value)}. */
    record NameDef(int offset, String name, Term value) implements Term {
    }

    /** {@code Method (name, flags) {body}}: the body stays unparsed until the method runs. */
    record MethodDef(int offset, String name, int flags, int bodyStart, int bodyEnd) implements Term {
    }

    /** {@code Alias (source, alias)}. */
    record AliasDef(int offset, String source, String alias) implements Term {
    }

    /** {@code Mutex (name, syncLevel)}. */
    record MutexDef(int offset, String name, int syncLevel) implements Term {
    }

    /** {@code Event (name)}. */
    record EventDef(int offset, String name) implements Term {
    }

    /** {@code OperationRegion (name, space, offset, length)}. */
    record RegionDef(int offset, String name, int space, Term regionOffset, Term length) implements Term {
    }

    /** {@code DataTableRegion (name, signature, oemId, oemTableId)}. */
    record DataRegionDef(int offset, String name, Term signature, Term oemId, Term oemTableId) implements Term {
    }

    /**
     * {@code Field}, {@code IndexField} or {@code BankField}: {@code names} are the region (or index and data
     * fields, or region and bank field); {@code bankValue} only for BankField.
     */
    record FieldDef(int offset, int kind, List<String> names, Term bankValue, int flags, List<FieldElement> elements)
            implements Term {
    }

    /** {@code CreateBitField} .. {@code CreateQWordField} and {@code CreateField}; {@code bits} only for the last. */
    record CreateFieldDef(int offset, int opcode, Term source, Term index, Term bits, String name) implements Term {
    }

    /**
     * Scope, Device, Processor, PowerResource, ThermalZone: a named scope and the terms in it (run in that scope).
     */
    record ScopeDef(int offset, AmlNamedObject.ScopeKind kind, String name, List<Term> body) implements Term {
    }

    /** An entry of a field list. */
    sealed interface FieldElement {
        /** A named field of {@code bits} bits. */
        record Named(String name, long bits) implements FieldElement {
        }

        /** Bits skipped. */
        record Reserved(long bits) implements FieldElement {
        }

        /** {@code AccessAs}: the access type and attributes from here on. */
        record AccessAs(int type, int attribute, int length) implements FieldElement {
        }

        /** {@code Connection}: a resource template buffer, or the name of one. */
        record Connection(Term resource) implements FieldElement {
        }
    }
}
