package dev.gpioint.acpi.asl;

import dev.gpioint.acpi.asl.AslToken.Kind;
import java.util.List;

/**
 * A position in the token list, shared by the statement parser and the resource template parser, with the
 * problem list and the recovery moves both use. Syntax errors unwind to the nearest statement or macro as an
 * {@link Unexpected}, which never leaves the parser.
 */
final class AslCursor {
    private final List<AslToken> tokens;
    private final List<AslProblem> problems;
    private int pos;

    AslCursor(List<AslToken> tokens, List<AslProblem> problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /** Thrown to abandon the current statement after its problem has been recorded. */
    static final class Unexpected extends RuntimeException {
        Unexpected() {
            super(null, null, false, false);
        }
    }

    AslToken peek() {
        return tokens.get(pos);
    }

    AslToken peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    /** The token consumed last (the first token when nothing was consumed). */
    AslToken previous() {
        return tokens.get(Math.max(0, pos - 1));
    }

    AslToken next() {
        AslToken t = tokens.get(pos);
        if (t.kind() != Kind.EOF) {
            pos++;
        }
        return t;
    }

    boolean at(Kind kind) {
        return peek().kind() == kind;
    }

    /** Consumes a token of {@code kind}, or records "expected what, found ..." and abandons the statement. */
    AslToken expect(Kind kind, String what) {
        if (!at(kind)) {
            throw fail(peek(), "expected " + what + ", found " + peek().describe());
        }
        return next();
    }

    /** Records a problem at {@code token} and returns the exception that abandons the statement. */
    Unexpected fail(AslToken token, String message) {
        report(token, message);
        return new Unexpected();
    }

    /** The number of problems so far, to undo speculative parsing with {@link #dropProblemsAfter}. */
    int problemCount() {
        return problems.size();
    }

    /** Forgets problems recorded after {@code mark}: the text was parsed speculatively and need not be valid. */
    void dropProblemsAfter(int mark) {
        while (problems.size() > mark) {
            problems.removeLast();
        }
    }

    void report(AslToken token, String message) {
        problems.add(new AslProblem(token.line(), token.column(), message));
    }

    void report(int line, int column, String message) {
        problems.add(new AslProblem(line, column, message));
    }

    /**
     * Skips the rest of a broken statement: balanced parentheses and braces, stopping after the statement's
     * own closing brace or parenthesis, or before the brace that closes the enclosing block.
     */
    void recover() {
        int depth = 0;
        while (!at(Kind.EOF)) {
            Kind k = peek().kind();
            if (k == Kind.LPAREN || k == Kind.LBRACE) {
                depth++;
            } else if (k == Kind.RPAREN || k == Kind.RBRACE) {
                if (depth == 0) {
                    // The close of the broken statement itself ("Name (X 1)"), or of the enclosing block.
                    if (k == Kind.RPAREN) {
                        next();
                        if (at(Kind.LBRACE)) {
                            continue;
                        }
                    }
                    return;
                }
                depth--;
                next();
                if (depth == 0 && (k == Kind.RBRACE || !at(Kind.LBRACE))) {
                    return;
                }
                continue;
            }
            next();
        }
    }

    /** Skips the remaining arguments of a call, balanced, and its closing ')'. */
    void skipToCloseParen() {
        while (!at(Kind.RPAREN) && !at(Kind.EOF) && !at(Kind.LBRACE) && !at(Kind.RBRACE)) {
            if (at(Kind.LPAREN)) {
                skipGroup();
            } else {
                next();
            }
        }
        expect(Kind.RPAREN, "')'");
    }

    /** Skips a balanced group starting at the current '(' or '{'. */
    void skipGroup() {
        int depth = 0;
        do {
            Kind k = next().kind();
            if (k == Kind.LPAREN || k == Kind.LBRACE) {
                depth++;
            } else if (k == Kind.RPAREN || k == Kind.RBRACE) {
                depth--;
            } else if (k == Kind.EOF) {
                return;
            }
        } while (depth > 0);
    }
}
