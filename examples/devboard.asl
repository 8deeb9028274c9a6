/*
 * devboard: a small development board for gpioint.
 *
 * A SimGpio controller (4 banks x 32 pins, one level interrupt per bank) and two identical two-interrupt
 * sensors driven by the same driver: SNS0 is wired to GPIO pins, SNS1 straight to interrupt-controller lines.
 * The order of the interrupts in each _CRS is the order the driver receives them: data-ready, then activity.
 */
DefinitionBlock ("devboard.aml", "DSDT", 2, "GPIOIN", "DEVBOARD", 0x00000001)
{
    Scope (\_SB)
    {
        Device (GPO0)
        {
            Name (_HID, "GPSM0001")
            Name (_UID, 0)
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0xFED00000, 0x00000100)
                // One interrupt per bank, in bank order.
                Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 40 }
                Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 41 }
                Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 42 }
                Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 43 }
            })
        }

        // Sensor on GPIO pins: data-ready on pin 5 (level, high), activity on pin 6 (falling edge).
        Device (SNS0)
        {
            Name (_HID, "SMSN0001")
            Name (_UID, 0)
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0xFED10000, 0x00000010)
                GpioInt (Level, ActiveHigh, Exclusive, PullDown, 0x0000, "\\_SB.GPO0", 0x00, ResourceConsumer, ,) { 5 }
                GpioInt (Edge, ActiveLow, Exclusive, PullUp, 0x0000, "\\_SB.GPO0", 0x00, ResourceConsumer, ,) { 6 }
            })
        }

        // The same sensor wired to primary interrupt lines 60 and 61: same driver, unchanged.
        Device (SNS1)
        {
            Name (_HID, "SMSN0001")
            Name (_UID, 1)
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0xFED20000, 0x00000010)
                Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 60 }
                Interrupt (ResourceConsumer, Edge, ActiveLow, Exclusive) { 61 }
            })
        }

        // A device no built-in driver serves: listed, not started.
        Device (LED0)
        {
            Name (_HID, "SMLD0001")
            Name (_CRS, ResourceTemplate ()
            {
                GpioIo (Exclusive, PullNone, 0x0000, 0x0000, IoRestrictionOutputOnly, "\\_SB.GPO0", 0x00, ResourceConsumer, ,) { 20 }
            })
        }
    }
}
