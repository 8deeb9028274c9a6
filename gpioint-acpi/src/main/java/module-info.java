/**
 * gpioint's ACPI support: the AML resource codec, the ASL compiler for board descriptions and the ACPI table
 * reader, offered to the core as firmware formats.
 */
module dev.gpioint.acpi {
    requires dev.gpioint.core;

    exports dev.gpioint.acpi.resource;
}
