package dev.gpioint.acpi.aml;

import java.util.Map;
import java.util.Optional;

/**
 * The operand shapes of AML expression opcodes (ACPI 6.x section 20.2.5), enough to step over any expression
 * without evaluating it. Each shape is a string: T a TermArg, S a SuperName or Target, N a NameString, B/W/D a
 * byte, word or dword constant.
 */
final class AmlOperands {
    private AmlOperands() {
    }

    private static final Map<Integer, String> ONE_BYTE = Map.ofEntries(
            Map.entry(0x70, "TS"), Map.entry(0x71, "S"), Map.entry(0x72, "TTS"), Map.entry(0x73, "TTS"),
            Map.entry(0x74, "TTS"), Map.entry(0x75, "S"), Map.entry(0x76, "S"), Map.entry(0x77, "TTS"),
            Map.entry(0x78, "TTSS"), Map.entry(0x79, "TTS"), Map.entry(0x7A, "TTS"), Map.entry(0x7B, "TTS"),
            Map.entry(0x7C, "TTS"), Map.entry(0x7D, "TTS"), Map.entry(0x7E, "TTS"), Map.entry(0x7F, "TTS"),
            Map.entry(0x80, "TS"), Map.entry(0x81, "TS"), Map.entry(0x82, "TS"), Map.entry(0x83, "T"),
            Map.entry(0x84, "TTS"), Map.entry(0x85, "TTS"), Map.entry(0x86, "ST"), Map.entry(0x87, "S"),
            Map.entry(0x88, "TTS"), Map.entry(0x89, "TBTBTT"), Map.entry(0x8E, "S"), Map.entry(0x90, "TT"),
            Map.entry(0x91, "TT"), Map.entry(0x92, "T"), Map.entry(0x93, "TT"), Map.entry(0x94, "TT"),
            Map.entry(0x95, "TT"), Map.entry(0x96, "TS"), Map.entry(0x97, "TS"), Map.entry(0x98, "TS"),
            Map.entry(0x99, "TS"), Map.entry(0x9C, "TTS"), Map.entry(0x9D, "TS"), Map.entry(0x9E, "TTTS"),
            Map.entry(0x9F, ""), Map.entry(0xA3, ""), Map.entry(0xA4, "T"), Map.entry(0xA5, ""), Map.entry(0xCC, ""));

    private static final Map<Integer, String> EXTENDED = Map.ofEntries(
            Map.entry(0x12, "SS"), Map.entry(0x1F, "TTTTTT"), Map.entry(0x20, "NS"), Map.entry(0x21, "T"),
            Map.entry(0x22, "T"), Map.entry(0x23, "SW"), Map.entry(0x24, "S"), Map.entry(0x25, "ST"),
            Map.entry(0x26, "S"), Map.entry(0x27, "S"), Map.entry(0x28, "TS"), Map.entry(0x29, "TS"),
            Map.entry(0x2A, "S"), Map.entry(0x30, ""), Map.entry(0x31, ""), Map.entry(0x32, "BDT"), Map.entry(0x33, ""));

    /** The operand shape of a one-byte opcode. */
    static Optional<String> of(int opcode) {
        return Optional.ofNullable(ONE_BYTE.get(opcode));
    }

    /** The operand shape of an extended ({@code 0x5B}-prefixed) opcode. */
    static Optional<String> ofExtended(int opcode) {
        return Optional.ofNullable(EXTENDED.get(opcode));
    }
}
