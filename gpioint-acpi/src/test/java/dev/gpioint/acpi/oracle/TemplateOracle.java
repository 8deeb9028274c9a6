package dev.gpioint.acpi.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.asl.AslCompiler;
import dev.gpioint.acpi.resource.ResourceDecoder;
import dev.gpioint.acpi.resource.ResourceEncoder;
import dev.gpioint.acpi.resource.ResourcePrinter;
import dev.gpioint.acpi.resource.ResourceTemplate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The comparison every oracle test makes for a batch of template texts: gpioint's compiler gives iasl's
 * bytes; decoding iasl's bytes gives the descriptors gpioint compiled, and encoding them gives the bytes
 * again; the decoded descriptors printed as ASL compile, with iasl and with gpioint, to the same bytes.
 */
final class TemplateOracle {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private TemplateOracle() {
    }

    /** Runs the comparison; returns the number of descriptors checked. */
    static int check(List<String> templates) throws Exception {
        List<byte[]> iasl = Iasl.compileTemplates(templates);
        List<byte[]> ours = Iasl.buffers(AslCompiler.namespace("generated.asl", Iasl.definitionBlock(templates)), templates.size());
        var printed = new ArrayList<String>();
        int descriptors = 0;
        for (int i = 0; i < templates.size(); i++) {
            assertThat(HEX.formatHex(ours.get(i))).as("gpioint vs iasl bytes for\n%s", templates.get(i))
                    .isEqualTo(HEX.formatHex(iasl.get(i)));
            ResourceTemplate decoded = ResourceDecoder.decode(iasl.get(i), "iasl " + Iasl.name(i), 0);
            assertThat(decoded).as("decoded iasl bytes vs gpioint's descriptors for\n%s", templates.get(i))
                    .isEqualTo(AslCompiler.resourceTemplate("template.asl", templates.get(i)));
            descriptors += decoded.body().size();
            assertThat(ResourceEncoder.encode(decoded)).as("re-encoding the decoded bytes of\n%s", templates.get(i))
                    .isEqualTo(iasl.get(i));
            printed.add(ResourcePrinter.print(decoded, "        "));
        }
        List<byte[]> iaslAgain = Iasl.compileTemplates(printed);
        List<byte[]> oursAgain = Iasl.buffers(AslCompiler.namespace("printed.asl", Iasl.definitionBlock(printed)), printed.size());
        for (int i = 0; i < templates.size(); i++) {
            assertThat(HEX.formatHex(iaslAgain.get(i))).as("iasl on our printed ASL\n%s\nfrom\n%s", printed.get(i), templates.get(i))
                    .isEqualTo(HEX.formatHex(iasl.get(i)));
            assertThat(HEX.formatHex(oursAgain.get(i))).as("gpioint on our printed ASL\n%s", printed.get(i))
                    .isEqualTo(HEX.formatHex(iasl.get(i)));
        }
        return descriptors;
    }
}
