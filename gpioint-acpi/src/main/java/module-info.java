/**
 * gpioint's ACPI support: the table-driven AML resource codec, the ASL compiler for board descriptions and the
 * ACPI table reader, offered to the core as the "asl", "aml" and "acpidump" firmware formats.
 */
module dev.gpioint.acpi {
    requires transitive dev.gpioint.core;

    exports dev.gpioint.acpi.resource;
    exports dev.gpioint.acpi.namespace;
    exports dev.gpioint.acpi.aml;
    exports dev.gpioint.acpi.interpreter;
    exports dev.gpioint.acpi.asl;
    exports dev.gpioint.acpi.source;

    provides dev.gpioint.firmware.FirmwareFormat with
            dev.gpioint.acpi.source.AslFirmwareFormat,
            dev.gpioint.acpi.source.AmlFirmwareFormat,
            dev.gpioint.acpi.source.AcpidumpFirmwareFormat;
}
