/** The gpioint command. */
module dev.gpioint.cli {
    requires dev.gpioint.core;
    requires dev.gpioint.sim;
    requires info.picocli;
    opens dev.gpioint.cli to info.picocli;
    uses dev.gpioint.firmware.FirmwareFormat;
    uses dev.gpioint.driver.Driver;
    uses dev.gpioint.sim.board.SimulatedDeviceFactory;
}
