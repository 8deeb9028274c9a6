package dev.gpioint.acpi.asl;

import dev.gpioint.acpi.asl.AslToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits ASL source into tokens: names (including {@code \} and {@code ^} prefixes and dotted paths),
 * integers (decimal, {@code 0x} hex, leading-zero octal), strings with C-style escapes, punctuation. Comments
 * ({@code //} and {@code /* *&#47;}) are skipped. Problems are collected, never thrown.
 */
final class AslLexer {
    private final String s;
    private final List<AslProblem> problems;
    private int i;
    private int line = 1;
    private int lineStart;

    private AslLexer(String text, List<AslProblem> problems) {
        this.s = text;
        this.problems = problems;
    }

    /** All tokens, ending with EOF; lexical problems go to {@code problems}. */
    static List<AslToken> tokenize(String text, List<AslProblem> problems) {
        return new AslLexer(text, problems).run();
    }

    private List<AslToken> run() {
        var tokens = new ArrayList<AslToken>();
        while (true) {
            skipSpaceAndComments();
            if (i >= s.length()) {
                tokens.add(new AslToken(Kind.EOF, "", 0, line, col()));
                return tokens;
            }
            int startLine = line;
            int startCol = col();
            char c = s.charAt(i);
            if (Character.isLetter(c) || c == '_' || c == '\\' || c == '^') {
                int start = i;
                while (i < s.length() && (s.charAt(i) == '\\' || s.charAt(i) == '^')) {
                    i++;
                }
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new AslToken(Kind.NAME, s.substring(start, i), 0, startLine, startCol));
            } else if (Character.isDigit(c)) {
                tokens.add(number(startLine, startCol));
            } else if (c == '"') {
                tokens.add(string(startLine, startCol));
            } else {
                i++;
                Kind kind = switch (c) {
                    case '(' -> Kind.LPAREN;
                    case ')' -> Kind.RPAREN;
                    case '{' -> Kind.LBRACE;
                    case '}' -> Kind.RBRACE;
                    case ',' -> Kind.COMMA;
                    default -> Kind.OTHER;
                };
                tokens.add(new AslToken(kind, String.valueOf(c), 0, startLine, startCol));
            }
        }
    }

    private AslToken number(int startLine, int startCol) {
        int start = i;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        String text = s.substring(start, i);
        String digits;
        int radix;
        if (text.length() > 2 && (text.startsWith("0x") || text.startsWith("0X"))) {
            digits = text.substring(2);
            radix = 16;
        } else if (text.length() > 1 && text.startsWith("0")) {
            digits = text.substring(1);
            radix = 8;
        } else {
            digits = text;
            radix = 10;
        }
        try {
            return new AslToken(Kind.INTEGER, text, Long.parseUnsignedLong(digits, radix), startLine, startCol);
        } catch (NumberFormatException e) {
            problems.add(new AslProblem(startLine, startCol, "'" + text + "' is not a valid "
                    + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "decimal") + " integer (or exceeds 64 bits)"));
            return new AslToken(Kind.INTEGER, text, 0, startLine, startCol);
        }
    }

    private AslToken string(int startLine, int startCol) {
        i++;
        var out = new StringBuilder();
        while (true) {
            if (i >= s.length() || s.charAt(i) == '\n') {
                problems.add(new AslProblem(startLine, startCol, "string is not terminated: expected a closing '\"' on the same line"));
                break;
            }
            char c = s.charAt(i++);
            if (c == '"') {
                break;
            }
            if (c != '\\' || i >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case 'x' -> {
                    int start = i;
                    while (i < s.length() && i - start < 2 && Character.digit(s.charAt(i), 16) >= 0) {
                        i++;
                    }
                    if (i == start) {
                        problems.add(new AslProblem(line, col(), "\\x must be followed by hex digits"));
                    } else {
                        out.append((char) Integer.parseInt(s.substring(start, i), 16));
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int start = i - 1;
                        while (i < s.length() && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                            i++;
                        }
                        out.append((char) (Integer.parseInt(s.substring(start, i), 8) & 0xFF));
                    } else {
                        out.append(e);
                    }
                }
            }
        }
        return new AslToken(Kind.STRING, out.toString(), 0, startLine, startCol);
    }

    private void skipSpaceAndComments() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                i++;
                line++;
                lineStart = i;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int startLine = line;
                int startCol = col();
                int end = s.indexOf("*/", i + 2);
                int stop = end < 0 ? s.length() : end + 2;
                for (int k = i; k < stop; k++) {
                    if (s.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = stop;
                if (end < 0) {
                    problems.add(new AslProblem(startLine, startCol, "comment is not terminated: expected '*/'"));
                }
            } else {
                return;
            }
        }
    }

    private int col() {
        return i - lineStart + 1;
    }
}
