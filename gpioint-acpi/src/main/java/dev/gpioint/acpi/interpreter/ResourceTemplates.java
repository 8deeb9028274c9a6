package dev.gpioint.acpi.interpreter;

import java.util.Arrays;

/**
 * {@code ConcatenateResTemplate}: the descriptors of the first template, then those of the second, then one
 * end tag with a zero checksum (ACPI 6.5 section 19.6.13). A template whose descriptors do not lead to an end
 * tag fails with AE_AML_NO_RESOURCE_END_TAG; an empty buffer counts as a template with no descriptors.
 */
final class ResourceTemplates {
    private ResourceTemplates() {
    }

    static AmlValue.Buffer concatenate(byte[] first, byte[] second) {
        int a = endTag(first);
        int b = endTag(second);
        byte[] out = Arrays.copyOf(first, a + b + 2);
        System.arraycopy(second, 0, out, a, b);
        out[a + b] = 0x79;
        out[a + b + 1] = 0;
        return new AmlValue.Buffer(out);
    }

    /** The offset of the end tag (the length of the descriptors before it). */
    static int endTag(byte[] t) {
        int pos = 0;
        if (t.length == 0) {
            return 0;
        }
        while (pos < t.length) {
            int tag = t[pos] & 0xFF;
            if ((tag & 0x80) == 0) {
                if ((tag >> 3 & 0xF) == 0xF) {
                    return pos;
                }
                pos += 1 + (tag & 7);
            } else {
                if (pos + 3 > t.length) {
                    break;
                }
                pos += 3 + ((t[pos + 1] & 0xFF) | (t[pos + 2] & 0xFF) << 8);
            }
        }
        throw new AmlFault(AmlStatus.AE_AML_NO_RESOURCE_END_TAG, "a resource template given to ConcatenateResTemplate has no end tag");
    }
}
