package dev.gpioint.acpi.asl;

import dev.gpioint.acpi.asl.AslToken.Kind;
import dev.gpioint.acpi.resource.AslForm;
import dev.gpioint.acpi.resource.AslValue;
import dev.gpioint.acpi.resource.DescriptorTables;
import dev.gpioint.acpi.resource.MacroCompiler;
import dev.gpioint.acpi.resource.ResourceDescriptor;
import dev.gpioint.firmware.VendorData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the body of {@code ResourceTemplate () { ... }}: resource macros whose syntax comes from
 * {@link DescriptorTables}, so that every macro the codec knows is accepted with iasl's argument order and
 * defaults. {@code StartDependentFn (...) { ... }} groups are flattened into start descriptors followed by
 * their contents, which is how they are encoded. A broken macro is reported and skipped; the rest go on.
 */
final class ResourceTemplateParser {
    private final AslCursor in;

    ResourceTemplateParser(AslCursor in) {
        this.in = in;
    }

    /** After {@code ResourceTemplate}: parses {@code () { macros }} and returns the descriptors (no end tag). */
    List<ResourceDescriptor> template() {
        in.expect(Kind.LPAREN, "'(' after ResourceTemplate");
        in.expect(Kind.RPAREN, "')': ResourceTemplate takes no arguments");
        in.expect(Kind.LBRACE, "'{' to open the resource template");
        var out = new ArrayList<ResourceDescriptor>();
        macros(out, false);
        in.expect(Kind.RBRACE, "'}' to close the resource template");
        return out;
    }

    private void macros(List<ResourceDescriptor> out, boolean nested) {
        while (!in.at(Kind.RBRACE) && !in.at(Kind.EOF)) {
            try {
                macro(out, nested);
            } catch (AslCursor.Unexpected e) {
                in.recover();
            }
        }
    }

    private void macro(List<ResourceDescriptor> out, boolean nested) {
        AslToken name = in.peek();
        if (!name.is(Kind.NAME)) {
            throw in.fail(name, "expected a resource descriptor macro such as GpioInt or Interrupt, found " + name.describe());
        }
        Optional<AslForm> form = DescriptorTables.form(name.text());
        if (form.isEmpty()) {
            throw in.fail(name, "unknown resource descriptor macro '" + name.text() + "'; expected one of "
                    + DescriptorTables.ALL.stream().flatMap(s -> s.forms().stream()).map(AslForm::macro).toList());
        }
        in.next();
        boolean group = form.get().macro().startsWith("StartDependentFn");
        if (group && nested) {
            throw in.fail(name, form.get().macro() + " cannot be nested inside another dependent function group");
        }
        in.expect(Kind.LPAREN, "'(' after " + form.get().macro());
        var args = new ArrayList<Optional<AslValue>>();
        var positions = new ArrayList<AslToken>();
        if (!in.at(Kind.RPAREN)) {
            while (true) {
                positions.add(in.peek());
                args.add(argument());
                if (in.at(Kind.COMMA)) {
                    in.next();
                    continue;
                }
                break;
            }
        }
        AslToken close = in.expect(Kind.RPAREN, "',' or ')' in the arguments of " + form.get().macro());
        Optional<List<Long>> braces = Optional.empty();
        AslToken braceToken = close;
        List<ResourceDescriptor> groupBody = new ArrayList<>();
        if (in.at(Kind.LBRACE)) {
            braceToken = in.next();
            if (group) {
                macros(groupBody, true);
            } else {
                braces = Optional.of(integerList(form.get().macro()));
            }
            in.expect(Kind.RBRACE, "'}' to close the list of " + form.get().macro());
        } else if (group) {
            throw in.fail(in.peek(), "expected '{' with the descriptors of " + form.get().macro());
        }
        switch (MacroCompiler.compile(form.get(), args, braces)) {
            case MacroCompiler.Result.Built built -> {
                out.add(built.descriptor());
                out.addAll(groupBody);
            }
            case MacroCompiler.Result.Rejected rejected -> {
                for (MacroCompiler.Problem p : rejected.problems()) {
                    AslToken at = p.argument() == MacroCompiler.BRACES ? braceToken
                            : p.argument() == MacroCompiler.WHOLE ? name
                            : p.argument() < positions.size() ? positions.get(p.argument()) : close;
                    in.report(at, form.get().macro() + ": " + p.message());
                }
                out.addAll(groupBody);
            }
        }
    }

    /** One argument; empty when the position is left blank ({@code , ,}). */
    private Optional<AslValue> argument() {
        AslToken t = in.peek();
        return switch (t.kind()) {
            case COMMA, RPAREN -> Optional.empty();
            case INTEGER -> {
                in.next();
                yield Optional.of(new AslValue.Int(t.value()));
            }
            case STRING -> {
                in.next();
                yield Optional.of(new AslValue.Text(t.text()));
            }
            case NAME -> {
                in.next();
                if (t.isWord("RawDataBuffer") || t.isWord("Buffer")) {
                    yield Optional.of(new AslValue.Raw(rawData(t)));
                }
                if (t.isWord("Zero")) {
                    yield Optional.of(new AslValue.Int(0));
                }
                if (t.isWord("One")) {
                    yield Optional.of(new AslValue.Int(1));
                }
                if (t.isWord("Ones")) {
                    yield Optional.of(new AslValue.Int(-1));
                }
                yield Optional.of(new AslValue.Word(t.text()));
            }
            default -> throw in.fail(t, "expected an argument (a keyword, number, string or name), found " + t.describe());
        };
    }

    /** {@code RawDataBuffer (n) {bytes}}; the declared size pads with zeros when larger than the list. */
    private VendorData rawData(AslToken keyword) {
        in.expect(Kind.LPAREN, "'(' after " + keyword.text());
        long size = -1;
        if (in.at(Kind.INTEGER)) {
            size = in.next().value();
        }
        in.expect(Kind.RPAREN, "')' after the " + keyword.text() + " size");
        in.expect(Kind.LBRACE, "'{' with the bytes of " + keyword.text());
        List<Long> list = integerList(keyword.text());
        AslToken close = in.expect(Kind.RBRACE, "'}' to close " + keyword.text());
        if (size >= 0 && size < list.size()) {
            in.report(close, keyword.text() + " declares " + size + " bytes but lists " + list.size());
        }
        int length = (int) Math.max(list.size(), Math.min(size, 0xFFFF));
        byte[] bytes = new byte[length];
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) > 0xFF) {
                in.report(close, keyword.text() + " byte " + list.get(i) + " is larger than 0xFF");
            }
            bytes[i] = list.get(i).byteValue();
        }
        return VendorData.of(bytes);
    }

    /** A comma-separated list of integers up to the closing brace (not consumed). */
    private List<Long> integerList(String what) {
        var list = new ArrayList<Long>();
        while (!in.at(Kind.RBRACE)) {
            AslToken t = in.next();
            if (t.is(Kind.INTEGER)) {
                list.add(t.value());
            } else if (t.isWord("Zero")) {
                list.add(0L);
            } else if (t.isWord("One")) {
                list.add(1L);
            } else {
                throw in.fail(t, "expected a number in the list of " + what + ", found " + t.describe());
            }
            if (in.at(Kind.COMMA)) {
                in.next();
            } else if (!in.at(Kind.RBRACE)) {
                throw in.fail(in.peek(), "expected ',' or '}' in the list of " + what + ", found " + in.peek().describe());
            }
        }
        return list;
    }
}
