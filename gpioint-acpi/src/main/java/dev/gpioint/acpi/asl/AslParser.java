package dev.gpioint.acpi.asl;

import dev.gpioint.acpi.asl.AslToken.Kind;
import dev.gpioint.acpi.namespace.AcpiObject;
import dev.gpioint.acpi.namespace.MethodBody;
import dev.gpioint.acpi.namespace.NamePaths;
import dev.gpioint.acpi.namespace.Namespace;
import dev.gpioint.acpi.resource.ResourceEncoder;
import dev.gpioint.acpi.resource.ResourceTemplate;
import dev.gpioint.acpi.source.AcpiUuid;
import dev.gpioint.acpi.source.EisaId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the ASL of a board description into a {@link Namespace}: DefinitionBlock, Scope, Device, Name with
 * integers, strings, EISAID(), ToUUID(), Buffer, Package and ResourceTemplate values, and Method. A method
 * whose body is only Names and one Return keeps the returned value; other statements are stepped over (their
 * methods need evaluation), as are declarations gpioint does not use (OperationRegion, Field, External...).
 * After an error the parser skips to the end of the statement and goes on, so one run reports many errors.
 */
final class AslParser {
    private final AslCursor in;
    private final AslSource source;
    private final Namespace.Builder ns = Namespace.builder();
    private final ResourceTemplateParser templates;
    private int depth;
    private static final int MAX_DEPTH = 200;

    private AslParser(AslCursor in, AslSource source) {
        this.in = in;
        this.source = source;
        this.templates = new ResourceTemplateParser(in);
    }

    /** Parses {@code source}; problems are added to {@code problems}, the namespace holds what was understood. */
    static Namespace parse(AslSource source, List<AslProblem> problems) {
        List<AslToken> tokens = AslLexer.tokenize(source.text(), problems);
        var parser = new AslParser(new AslCursor(tokens, problems), source);
        parser.file();
        return parser.ns.build();
    }

    /** Parses a lone {@code ResourceTemplate () {...}} expression; problems go to {@code problems}. */
    static java.util.List<dev.gpioint.acpi.resource.ResourceDescriptor> parseTemplate(AslSource source, List<AslProblem> problems) {
        var parser = new AslParser(new AslCursor(AslLexer.tokenize(source.text(), problems), problems), source);
        try {
            AslToken t = parser.in.next();
            if (!t.isWord("ResourceTemplate")) {
                throw parser.in.fail(t, "expected ResourceTemplate, found " + t.describe());
            }
            var body = parser.templates.template();
            parser.in.expect(Kind.EOF, "the end of the text after the resource template");
            return body;
        } catch (AslCursor.Unexpected e) {
            return java.util.List.of();
        }
    }

    private void file() {
        if (in.at(Kind.EOF)) {
            in.report(in.peek(), "expected DefinitionBlock, found an empty file");
            return;
        }
        while (!in.at(Kind.EOF)) {
            try {
                definitionBlock();
            } catch (AslCursor.Unexpected e) {
                in.recover();
                if (in.at(Kind.RBRACE)) {
                    in.next();
                }
            }
        }
    }

    private void definitionBlock() {
        AslToken t = in.next();
        if (!t.isWord("DefinitionBlock")) {
            throw in.fail(t, "expected DefinitionBlock, found " + t.describe());
        }
        if (!in.at(Kind.LPAREN)) {
            throw in.fail(in.peek(), "expected '(' after DefinitionBlock, found " + in.peek().describe());
        }
        in.skipGroup();
        in.expect(Kind.LBRACE, "'{' to open the DefinitionBlock");
        termList(NamePaths.ROOT, NamePaths.ROOT);
        in.expect(Kind.RBRACE, "'}' to close the DefinitionBlock");
    }

    /** Statements up to the closing brace (not consumed). */
    private void termList(String scope, String device) {
        while (!in.at(Kind.RBRACE) && !in.at(Kind.EOF)) {
            try {
                term(scope, device);
            } catch (AslCursor.Unexpected e) {
                in.recover();
            }
        }
    }

    private void term(String scope, String device) {
        AslToken t = in.peek();
        if (++depth > MAX_DEPTH) {
            depth--;
            throw in.fail(t, "blocks nest deeper than " + MAX_DEPTH + " levels");
        }
        try {
            statement(t, scope, device);
        } finally {
            depth--;
        }
    }

    private void statement(AslToken t, String scope, String device) {
        if (!t.is(Kind.NAME)) {
            throw in.fail(t, "expected a statement such as Device, Scope, Name or Method, found " + t.describe());
        }
        if (t.isWord("Scope") || t.isWord("Device") || t.isWord("ThermalZone") || t.isWord("PowerResource")
                || t.isWord("Processor")) {
            in.next();
            in.expect(Kind.LPAREN, "'(' after " + t.text());
            String path = NamePaths.absolute(nameArgument(), scope);
            in.skipToCloseParen();
            boolean isDevice = t.isWord("Device");
            if (isDevice) {
                ns.device(path);
            }
            in.expect(Kind.LBRACE, "'{' to open " + t.text() + " " + path);
            termList(path, isDevice ? path : device);
            in.expect(Kind.RBRACE, "'}' to close " + t.text() + " " + path);
        } else if (t.isWord("Name")) {
            in.next();
            in.expect(Kind.LPAREN, "'(' after Name");
            String path = NamePaths.absolute(nameArgument(), scope);
            in.expect(Kind.COMMA, "',' between the name and its value");
            AcpiObject value = dataObject(scope);
            in.expect(Kind.RPAREN, "')' to close Name");
            ns.object(path, value);
        } else if (t.isWord("Method")) {
            method(scope);
        } else if (t.isWord("If") || t.isWord("ElseIf") || t.isWord("Else")) {
            // Module-level conditionals: both branches are read, as the AML table reader does, since the
            // condition is only known when the AML runs.
            in.next();
            if (in.at(Kind.LPAREN)) {
                in.skipGroup();
            }
            in.expect(Kind.LBRACE, "'{' to open the body of " + t.text());
            termList(scope, device);
            in.expect(Kind.RBRACE, "'}' to close the body of " + t.text());
        } else {
            skipStatement();
        }
    }

    private void method(String scope) {
        AslToken keyword = in.next();
        in.expect(Kind.LPAREN, "'(' after Method");
        String path = NamePaths.absolute(nameArgument(), scope);
        int args = 0;
        if (in.at(Kind.COMMA)) {
            in.next();
            if (in.at(Kind.INTEGER)) {
                AslToken n = in.next();
                if (n.value() > 7) {
                    in.report(n, "a Method takes 0 to 7 arguments, not " + n.value());
                }
                args = (int) (n.value() & 7);
            }
        }
        in.skipToCloseParen();
        in.expect(Kind.LBRACE, "'{' to open the body of Method " + path);
        MethodBody body = methodBody(path, keyword);
        in.expect(Kind.RBRACE, "'}' to close the body of Method " + path);
        ns.object(path, new AcpiObject.MethodValue(args, body));
    }

    /** The body up to its closing brace: Names and a final Return are understood; anything else is skipped. */
    private MethodBody methodBody(String path, AslToken keyword) {
        Map<String, AcpiObject> locals = new HashMap<>();
        AcpiObject returned = null;
        boolean simple = true;
        while (!in.at(Kind.RBRACE) && !in.at(Kind.EOF)) {
            AslToken t = in.peek();
            // A method body is only read for a constant result; text that does not fit is not an error here.
            int mark = in.problemCount();
            try {
                if (t.isWord("Name") && returned == null) {
                    in.next();
                    in.expect(Kind.LPAREN, "'(' after Name");
                    String name = NamePaths.segment(nameArgument());
                    in.expect(Kind.COMMA, "',' between the name and its value");
                    locals.put(name, dataObject(path));
                    in.expect(Kind.RPAREN, "')' to close Name");
                } else if (t.isWord("Return") && returned == null) {
                    in.next();
                    in.expect(Kind.LPAREN, "'(' after Return");
                    returned = in.at(Kind.RPAREN) ? new AcpiObject.Opaque("nothing") : dataObject(path);
                    in.expect(Kind.RPAREN, "')' to close Return");
                } else {
                    // Anything else needs an interpreter; its syntax (ASL 2.0 operators included) is not checked,
                    // so skip to the method's closing brace instead of guessing statement boundaries.
                    simple = false;
                    skipToBlockEnd();
                }
            } catch (AslCursor.Unexpected e) {
                in.dropProblemsAfter(mark);
                simple = false;
                skipToBlockEnd();
            }
        }
        String where = source.name() + ":" + keyword.line();
        if (!simple || returned == null || returned instanceof AcpiObject.Opaque) {
            return new MethodBody.NeedsEvaluation(where, new byte[0]);
        }
        if (returned instanceof AcpiObject.Reference ref && NamePaths.isSingleSegment(ref.name())
                && locals.containsKey(NamePaths.segment(ref.name()))) {
            returned = locals.get(NamePaths.segment(ref.name()));
        }
        return new MethodBody.Returns(returned);
    }

    /** A data object: integer, string, EISAID, ToUUID, Buffer, Package, ResourceTemplate, or a name reference. */
    private AcpiObject dataObject(String scope) {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw in.fail(in.peek(), "values nest deeper than " + MAX_DEPTH + " levels");
        }
        try {
            return value(scope);
        } finally {
            depth--;
        }
    }

    private AcpiObject value(String scope) {
        AslToken t = in.next();
        switch (t.kind()) {
            case INTEGER -> {
                return new AcpiObject.IntegerValue(t.value());
            }
            case STRING -> {
                return new AcpiObject.StringValue(t.text());
            }
            case NAME -> {
                if (t.isWord("Zero")) {
                    return new AcpiObject.IntegerValue(0);
                }
                if (t.isWord("One")) {
                    return new AcpiObject.IntegerValue(1);
                }
                if (t.isWord("Ones")) {
                    return new AcpiObject.IntegerValue(-1);
                }
                if (t.isWord("EISAID")) {
                    AslToken id = stringCall(t);
                    try {
                        return new AcpiObject.IntegerValue(EisaId.encode(id.text()));
                    } catch (IllegalArgumentException e) {
                        throw in.fail(id, e.getMessage());
                    }
                }
                if (t.isWord("ToUUID")) {
                    AslToken id = stringCall(t);
                    try {
                        return new AcpiObject.BufferValue(AcpiUuid.toBytes(id.text()), source.name(), 0);
                    } catch (IllegalArgumentException e) {
                        throw in.fail(id, e.getMessage() + " (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)");
                    }
                }
                if (t.isWord("ResourceTemplate")) {
                    var body = templates.template();
                    return new AcpiObject.BufferValue(ResourceEncoder.encode(ResourceTemplate.of(body)), source.name(), 0);
                }
                if (t.isWord("Buffer")) {
                    return buffer();
                }
                if (t.isWord("Package")) {
                    return pkg(scope);
                }
                if (in.at(Kind.LPAREN)) {
                    in.skipGroup();
                    return new AcpiObject.Opaque("expression " + t.text());
                }
                return new AcpiObject.Reference(t.text(), scope);
            }
            default -> throw in.fail(t, "expected a value (a number, string, EISAID, Buffer, Package, "
                    + "ResourceTemplate or name), found " + t.describe());
        }
    }

    private AslToken stringCall(AslToken keyword) {
        in.expect(Kind.LPAREN, "'(' after " + keyword.text());
        AslToken s = in.expect(Kind.STRING, "a string argument to " + keyword.text());
        in.expect(Kind.RPAREN, "')' to close " + keyword.text());
        return s;
    }

    private AcpiObject buffer() {
        in.expect(Kind.LPAREN, "'(' after Buffer");
        long size = -1;
        if (!in.at(Kind.RPAREN)) {
            // The size is a TermArg: a constant is honoured, anything else (an expression) sizes by the contents.
            if (dataObjectOrSkip() instanceof AcpiObject.IntegerValue n) {
                size = n.value();
            }
        }
        in.expect(Kind.RPAREN, "')' after the Buffer size");
        in.expect(Kind.LBRACE, "'{' with the Buffer contents");
        var bytes = new java.io.ByteArrayOutputStream();
        if (in.at(Kind.STRING)) {
            bytes.writeBytes(in.next().text().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            bytes.write(0);
        } else {
            while (!in.at(Kind.RBRACE)) {
                AslToken n = in.expect(Kind.INTEGER, "a byte value in the Buffer");
                if (n.value() > 0xFF) {
                    in.report(n, "Buffer byte " + n.text() + " is larger than 0xFF");
                }
                bytes.write((int) n.value());
                if (!in.at(Kind.RBRACE)) {
                    in.expect(Kind.COMMA, "',' or '}' in the Buffer");
                }
            }
        }
        in.expect(Kind.RBRACE, "'}' to close the Buffer");
        byte[] data = bytes.toByteArray();
        if (size > data.length && size <= 0x10000) {
            data = java.util.Arrays.copyOf(data, (int) size);
        }
        return new AcpiObject.BufferValue(data, source.name(), 0);
    }

    /** A constant if there is one here, else skips one expression up to the next ',' or ')'. */
    private AcpiObject dataObjectOrSkip() {
        if (in.at(Kind.INTEGER) || in.peek().isWord("Zero") || in.peek().isWord("One") || in.peek().isWord("Ones")) {
            return dataObject(NamePaths.ROOT);
        }
        while (!in.at(Kind.RPAREN) && !in.at(Kind.COMMA) && !in.at(Kind.EOF)) {
            if (in.at(Kind.LPAREN)) {
                in.skipGroup();
            } else {
                in.next();
            }
        }
        return new AcpiObject.Opaque("expression");
    }

    private AcpiObject pkg(String scope) {
        in.expect(Kind.LPAREN, "'(' after Package");
        while (!in.at(Kind.RPAREN) && !in.at(Kind.EOF)) {
            in.next();
        }
        in.expect(Kind.RPAREN, "')' after the Package size");
        in.expect(Kind.LBRACE, "'{' with the Package elements");
        var elements = new ArrayList<AcpiObject>();
        while (!in.at(Kind.RBRACE) && !in.at(Kind.EOF)) {
            elements.add(dataObject(scope));
            if (!in.at(Kind.RBRACE)) {
                in.expect(Kind.COMMA, "',' or '}' between Package elements");
            }
        }
        in.expect(Kind.RBRACE, "'}' to close the Package");
        return new AcpiObject.PackageValue(elements);
    }

    /** A name argument: a namestring of 1-4 character segments, optionally rooted or with parent prefixes. */
    private String nameArgument() {
        AslToken t = in.expect(Kind.NAME, "a name (up to four characters per segment)");
        if (!t.text().matches("(\\\\|\\^*)([A-Za-z_][A-Za-z0-9_]{0,3}(\\.[A-Za-z_][A-Za-z0-9_]{0,3})*)?")
                || t.text().equals("") || t.text().matches("\\^+")) {
            throw in.fail(t, "'" + t.text() + "' is not a valid name: an optional \\ or ^ prefix, then segments of "
                    + "1-4 letters, digits or underscores (not starting with a digit) joined by dots");
        }
        return t.text();
    }

    /** Skips tokens up to the brace that closes the current block, which is left for the caller. */
    private void skipToBlockEnd() {
        while (!in.at(Kind.RBRACE) && !in.at(Kind.EOF)) {
            if (in.at(Kind.LBRACE) || in.at(Kind.LPAREN)) {
                in.skipGroup();
            } else {
                in.next();
            }
        }
    }

    /** Steps over a statement gpioint does not use: a word, an optional (...) and an optional {...}. */
    private void skipStatement() {
        // Declarations take "(...)" and "{...}"; ASL 2.0 expression statements ("Debug = 1") end with their line.
        in.next();
        while (!in.at(Kind.EOF) && !in.at(Kind.RBRACE) && !in.at(Kind.LBRACE) && in.peek().line() == in.previous().line()) {
            if (in.at(Kind.LPAREN)) {
                in.skipGroup();
            } else {
                in.next();
            }
        }
        if (in.at(Kind.LBRACE)) {
            in.skipGroup();
        }
    }
}
