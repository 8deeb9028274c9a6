/** gpioint's drivers, written only against the public driver API. */
module dev.gpioint.drivers {
    requires dev.gpioint.core;
    exports dev.gpioint.drivers.simgpio;
    exports dev.gpioint.drivers.sensor;
    provides dev.gpioint.driver.Driver with
            dev.gpioint.drivers.simgpio.SimGpioDriver,
            dev.gpioint.drivers.sensor.SensorDriver;
}
