package dev.gpioint.acpi.interpreter;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads one definition block into the namespace by running it, term by term, as the table's own method: a
 * Scope or Device opens its node and loads its terms inside it, a module-level If runs only the branch its
 * predicate picks, every other term is parsed and run at once, so a later term sees what an earlier one
 * defined (ACPICA and Windows both load this way). A term that fails is recorded and loading goes on with the
 * next; a term that cannot even be parsed ends its enclosing block, whose length is known, and loading goes on
 * after it. Not thread-safe.
 */
final class TableLoader {
    private final AmlInterpreter interpreter;
    private final Executor executor;
    private final AmlParser parser;
    private final Frame frame;
    private final List<AmlException> problems = new ArrayList<>();

    TableLoader(AmlInterpreter interpreter, Executor executor, AmlCode code, int start, AmlNode scope) {
        this.interpreter = interpreter;
        this.executor = executor;
        this.parser = new AmlParser(code, start, scope, interpreter::arity);
        this.frame = new Frame(scope, "(load of " + code.table() + ")", code, true);
    }

    /** Loads everything up to {@code end} and returns the problems met on the way. */
    List<AmlException> load(int end) {
        block(end, frame.scope);
        return problems;
    }

    private void block(int end, AmlNode scope) {
        AmlNode savedScope = frame.scope;
        frame.scope = scope;
        parser.scope = scope;
        try {
            while (parser.pos < end) {
                int start = parser.pos;
                try {
                    term(end);
                } catch (AmlFault fault) {
                    fault.at(parser.code.table(), start, frame.method);
                    problems.add(fault.checked());
                    if (parser.pos <= start || fault.parse) {
                        // The term could not be parsed: its length is unknown, so the rest of this block is lost.
                        parser.pos = end;
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    // A defect of the interpreter's own, met on this AML: reported like bad AML, never thrown.
                    problems.add(new AmlException(AmlStatus.AE_ERROR, parser.code.table(), start, frame.method,
                            "the interpreter failed on this term (" + e + ")"));
                    parser.pos = end;
                }
            }
        } finally {
            frame.scope = savedScope;
            parser.scope = savedScope;
        }
    }

    private void term(int end) {
        int start = parser.pos;
        int op = parser.peek();
        if (op == 0x10 || op == 0x5B && isScopeOp(peekNext())) {
            scopeBlock(start, op == 0x10 ? 0x10 : peekNext());
            return;
        }
        if (op == 0xA0) {
            moduleLevelIf(start, end);
            return;
        }
        Term t = parse(end);
        executor.execTerm(t, frame);
    }

    private Term parse(int end) {
        try {
            return parser.term(end);
        } catch (AmlFault fault) {
            fault.parse = true;
            throw fault;
        }
    }

    private int peekNext() {
        parser.pos++;
        try {
            return parser.peek();
        } finally {
            parser.pos--;
        }
    }

    private static boolean isScopeOp(int ext) {
        return ext >= 0x82 && ext <= 0x85;
    }

    private void scopeBlock(int start, int op) {
        int blockEnd;
        String name;
        try {
            parser.pos += op == 0x10 ? 1 : 2;
            blockEnd = parser.pkgEnd();
            name = parser.nameString();
            int skip = switch (op) {
                case 0x83 -> 6;
                case 0x84 -> 3;
                default -> 0;
            };
            parser.need(skip);
            parser.pos += skip;
            if (parser.pos > blockEnd) {
                throw parser.fault(AmlStatus.AE_AML_BAD_RESOURCE_LENGTH, start, "block " + name + " is shorter than its header");
            }
        } catch (AmlFault fault) {
            fault.parse = true;
            throw fault;
        }
        AmlNode node;
        try {
            node = switch (op) {
                case 0x10 -> executor.resolve(name, frame);
                case 0x82 -> executor.define(name, new AmlNamedObject.Scope(AmlNamedObject.ScopeKind.DEVICE), frame);
                case 0x83 -> executor.define(name, new AmlNamedObject.Scope(AmlNamedObject.ScopeKind.PROCESSOR), frame);
                case 0x84 -> executor.define(name, new AmlNamedObject.Scope(AmlNamedObject.ScopeKind.POWER_RESOURCE), frame);
                default -> executor.define(name, new AmlNamedObject.Scope(AmlNamedObject.ScopeKind.THERMAL_ZONE), frame);
            };
        } catch (AmlFault fault) {
            // The block's contents cannot be placed; skip them, as ACPICA does for a Scope of an unknown name.
            parser.pos = blockEnd;
            throw fault;
        }
        block(blockEnd, node);
        parser.pos = blockEnd;
    }

    private void moduleLevelIf(int start, int end) {
        int thenEnd;
        Term predicate;
        try {
            parser.pos++;
            thenEnd = parser.pkgEnd();
            predicate = parser.termArg();
        } catch (AmlFault fault) {
            fault.parse = true;
            throw fault;
        }
        boolean taken;
        try {
            taken = executor.truth(executor.eval(predicate, frame));
        } catch (AmlFault fault) {
            // A predicate that fails takes neither branch; the statement's extent is still known.
            skipElse(thenEnd, end);
            throw fault;
        }
        if (taken) {
            block(thenEnd, frame.scope);
            parser.pos = thenEnd;
            skipElse(thenEnd, end);
        } else {
            parser.pos = thenEnd;
            if (parser.pos < end && parser.peek() == 0xA1) {
                parser.pos++;
                int elseEnd = parser.pkgEnd();
                block(elseEnd, frame.scope);
                parser.pos = elseEnd;
            }
        }
    }

    private void skipElse(int thenEnd, int end) {
        parser.pos = thenEnd;
        if (parser.pos < end && parser.peek() == 0xA1) {
            parser.pos++;
            parser.pos = parser.pkgEnd();
        }
    }
}
