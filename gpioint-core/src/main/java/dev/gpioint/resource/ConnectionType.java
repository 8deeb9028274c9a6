package dev.gpioint.resource;

/**
 * {@code CM_RESOURCE_CONNECTION_TYPE_*}, together with the class it belongs to (the numeric codes overlap
 * between classes: GPIO_IO and SERIAL_SPI are both 2).
 */
public enum ConnectionType {
    GPIO_IO(ConnectionClass.GPIO, 0x02),
    SERIAL_I2C(ConnectionClass.SERIAL, 0x01),
    SERIAL_SPI(ConnectionClass.SERIAL, 0x02),
    SERIAL_UART(ConnectionClass.SERIAL, 0x03),
    FUNCTION_CONFIG(ConnectionClass.FUNCTION_CONFIG, 0x01);

    private final ConnectionClass connectionClass;
    private final int code;

    ConnectionType(ConnectionClass connectionClass, int code) {
        this.connectionClass = connectionClass;
        this.code = code;
    }

    public ConnectionClass connectionClass() {
        return connectionClass;
    }

    public int code() {
        return code;
    }
}
