/** gpioint's core: firmware and resource models, PnP manager, execution model, interrupts, GPIO class extension, driver APIs. */
module dev.gpioint.core {
    exports dev.gpioint.firmware;
    exports dev.gpioint.resource;
    exports dev.gpioint.status;
    exports dev.gpioint.kernel;
    exports dev.gpioint.driver;
    exports dev.gpioint.wdf;
    exports dev.gpioint.wudf;
    exports dev.gpioint.gpio;
    exports dev.gpioint.pnp;
    exports dev.gpioint.spb;
    exports dev.gpioint.serial;
    uses dev.gpioint.driver.Driver;
    uses dev.gpioint.firmware.FirmwareFormat;
}
