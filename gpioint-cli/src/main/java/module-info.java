/** The gpioint command. */
module dev.gpioint.cli {
    requires dev.gpioint.core;
    requires dev.gpioint.sim;
    requires dev.gpioint.drivers;
    requires dev.gpioint.linux;
    requires info.picocli;
    requires jdk.jfr;
    opens dev.gpioint.cli to info.picocli;
    // JFR reads the event classes' fields and annotations.
    exports dev.gpioint.cli.jfr;
    uses dev.gpioint.firmware.FirmwareFormat;
    uses dev.gpioint.driver.Driver;
    uses dev.gpioint.sim.board.SimulatedDeviceFactory;
}
