/** Simulated hardware for gpioint: a memory-mapped GPIO controller and peripherals, on the machine's time. */
module dev.gpioint.sim {
    requires transitive dev.gpioint.core;
    exports dev.gpioint.sim;
    exports dev.gpioint.sim.board;
    exports dev.gpioint.sim.scenario;
    uses dev.gpioint.sim.board.SimulatedDeviceFactory;
    provides dev.gpioint.sim.board.SimulatedDeviceFactory with
            dev.gpioint.sim.board.SimGpioHardware.Factory,
            dev.gpioint.sim.board.SimSensorHardware.Factory,
            dev.gpioint.sim.board.SimI2cControllerHardware.Factory,
            dev.gpioint.sim.board.SimExpanderHardware.Factory,
            dev.gpioint.sim.board.SimButtonsHardware.Factory,
            dev.gpioint.sim.board.SimTouchHardware.Factory,
            dev.gpioint.sim.board.SimAccelerometerHardware.Factory,
            dev.gpioint.sim.board.SimProbeHardware.Factory,
            dev.gpioint.sim.board.SocGpioHardware.Factory,
            dev.gpioint.sim.board.RealI2cControllerHardware.Factory,
            dev.gpioint.sim.board.RealSpiControllerHardware.Factory,
            dev.gpioint.sim.board.RealUartControllerHardware.Factory,
            dev.gpioint.sim.board.SimBluetoothHardware.Factory;
}
