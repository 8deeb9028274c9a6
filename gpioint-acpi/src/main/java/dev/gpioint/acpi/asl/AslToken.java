package dev.gpioint.acpi.asl;

/**
 * One lexical token of ASL source.
 *
 * @param kind   what it is
 * @param text   the source text (a string's value with escapes resolved)
 * @param value  an integer's value
 * @param line   1-based line
 * @param column 1-based column
 */
record AslToken(Kind kind, String text, long value, int line, int column) {
    enum Kind { NAME, INTEGER, STRING, LPAREN, RPAREN, LBRACE, RBRACE, COMMA, OTHER, EOF }

    boolean is(Kind k) {
        return kind == k;
    }

    /** True for a name token spelling {@code word} (ASL keywords are case-insensitive). */
    boolean isWord(String word) {
        return kind == Kind.NAME && text.equalsIgnoreCase(word);
    }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case EOF -> "end of file";
            case STRING -> "string \"" + text + "\"";
            case INTEGER -> "number " + text;
            default -> "'" + text + "'";
        };
    }
}
