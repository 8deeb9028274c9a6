/** The gpioint command. */
module dev.gpioint.cli {
    requires dev.gpioint.core;
    requires dev.gpioint.sim;
    // The model-based check reads the probe drivers' logs; Probing adds the generic probe driver.
    requires dev.gpioint.drivers;
    requires dev.gpioint.linux;
    // The model-based check compiles the ASL it prints.
    requires dev.gpioint.acpi;
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
