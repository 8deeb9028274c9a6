/** The gpioint command. */
module dev.gpioint.cli {
    requires dev.gpioint.core;
    requires dev.gpioint.sim;
    requires dev.gpioint.linux;
    // The model-based check compiles the ASL it prints and reads the probe drivers' logs.
    requires dev.gpioint.acpi;
    requires dev.gpioint.drivers;
    requires info.picocli;
    requires jdk.jfr;
    opens dev.gpioint.cli to info.picocli;
    opens dev.gpioint.cli.reliability to info.picocli;
    // JFR reads the event classes' fields and annotations.
    exports dev.gpioint.cli.jfr;
    uses dev.gpioint.firmware.FirmwareFormat;
    uses dev.gpioint.driver.Driver;
    uses dev.gpioint.sim.board.SimulatedDeviceFactory;
}
