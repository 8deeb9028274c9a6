package dev.gpioint.acpi.source;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.aml.AcpidumpText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a file holds, judged by its first bytes rather than its name: a binary ACPI table, acpidump text, or
 * something else. acpixtract names its output {@code .dat}, iasl {@code .aml}, other tools {@code .bin} or
 * nothing, so the content is what tells.
 */
enum TableFileKind {
    /** A binary table: "RSD PTR ", or a signature followed by a length (the table may still be corrupt). */
    BINARY,
    /** acpidump's hex text. */
    ACPIDUMP_TEXT,
    /** Neither, or unreadable. */
    OTHER;

    /**
     * Signatures the ACPI specification and the common OEM tables use. A file starting with one of these is a
     * table even when its length is wrong, so that a truncated table is reported rather than ignored.
     */
    private static final Set<String> KNOWN = Set.of("APIC", "ASF!", "BERT", "BGRT", "BOOT", "CCEL", "CEDT", "CPEP", "CSRT",
            "DBG2", "DBGP", "DMAR", "DRTM", "DSDT", "ECDT", "EINJ", "ERST", "FACP", "FACS", "FPDT", "GTDT", "HEST", "HMAT",
            "HPET", "IBFT", "IORT", "IVRS", "LPIT", "MCFG", "MCHI", "MPAM", "MPST", "MSCT", "MSDM", "NFIT", "NHLT", "PCCT",
            "PDTT", "PHAT", "PMTT", "PPTT", "PRMT", "PSDT", "RASF", "RSDT", "SBST", "SDEI", "SDEV", "SLIC", "SLIT", "SPCR",
            "SPMI", "SRAT", "SSDT", "STAO", "SVKL", "TCPA", "TPM2", "UEFI", "VIOT", "WAET", "WDAT", "WDRT", "WPBT", "WSMT",
            "XENV", "XSDT");
    private static final int SNIFF = 4096;

    /** The kind of {@code file}; a file that cannot be read is {@link #OTHER} (reading it later says why). */
    static TableFileKind of(Path file) {
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
            size = Files.size(file);
        } catch (IOException e) {
            return OTHER;
        }
        // Text first: "DSDT @ 0x..." also starts with a signature.
        if (AcpidumpText.looksLikeAcpidump(new String(head, StandardCharsets.ISO_8859_1))) {
            return ACPIDUMP_TEXT;
        }
        if (head.length >= 8 && new String(head, 0, 8, StandardCharsets.ISO_8859_1).equals("RSD PTR ")) {
            return BINARY;
        }
        if (head.length < 8 || !signature(head)) {
            return OTHER;
        }
        long length = (head[4] & 0xFFL) | (head[5] & 0xFFL) << 8 | (head[6] & 0xFFL) << 16 | (head[7] & 0xFFL) << 24;
        String signature = new String(head, 0, 4, StandardCharsets.ISO_8859_1);
        return KNOWN.contains(signature) || signature.startsWith("OEM") || length >= AcpiTable.HEADER_LENGTH && length <= size ? BINARY : OTHER;
    }

    /** The signature of {@code file} if it is a binary table ("RSDP" for an RSDP), else empty. */
    static String signature(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            if (head.length == 8 && new String(head, StandardCharsets.ISO_8859_1).equals("RSD PTR ")) {
                return "RSDP";
            }
            return head.length >= 4 && signature(head) ? new String(head, 0, 4, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean signature(byte[] head) {
        for (int i = 0; i < 4; i++) {
            if (!AcpiTable.isSignatureCharacter(head[i] & 0xFF, i)) {
                return false;
            }
        }
        return true;
    }
}
