/** gpioint's drivers, written only against the public driver API. */
module dev.gpioint.drivers {
    requires dev.gpioint.core;
    exports dev.gpioint.drivers.simgpio;
    exports dev.gpioint.drivers.sensor;
    exports dev.gpioint.drivers.simi2c;
    exports dev.gpioint.drivers.simspi;
    exports dev.gpioint.drivers.simuart;
    exports dev.gpioint.drivers.expander;
    exports dev.gpioint.drivers.buttons;
    exports dev.gpioint.drivers.touch;
    exports dev.gpioint.drivers.accelerometer;
    exports dev.gpioint.drivers.acpievents;
    exports dev.gpioint.drivers.probe;
    exports dev.gpioint.drivers.socgpio;
    exports dev.gpioint.drivers.generic;
    exports dev.gpioint.drivers.hidbuttons;
    exports dev.gpioint.drivers.lid;
    provides dev.gpioint.driver.Driver with
            dev.gpioint.drivers.simgpio.SimGpioDriver,
            dev.gpioint.drivers.sensor.SensorDriver,
            dev.gpioint.drivers.simi2c.SimI2cControllerDriver,
            dev.gpioint.drivers.expander.I2cExpanderDriver,
            dev.gpioint.drivers.buttons.ButtonArrayDriver,
            dev.gpioint.drivers.touch.HidI2cTouchDriver,
            dev.gpioint.drivers.accelerometer.AccelerometerDriver,
            dev.gpioint.drivers.acpievents.AcpiEventDriver,
            dev.gpioint.drivers.probe.ProbeKmdfDriver,
            dev.gpioint.drivers.probe.ProbeUmdfDriver,
            dev.gpioint.drivers.socgpio.SocGpioDriver,
            dev.gpioint.drivers.simi2c.RealI2cControllerDriver,
            dev.gpioint.drivers.simspi.RealSpiControllerDriver,
            dev.gpioint.drivers.simuart.RealUartControllerDriver,
            dev.gpioint.drivers.hidbuttons.GenericButtonsDriver,
            dev.gpioint.drivers.lid.LidDriver;
}
