package dev.gpioint.driver;

/** The kind of resource a {@link ResourceLayout} slot holds. */
public enum SlotKind {
    INTERRUPT, GPIO_IO, I2C, SPI, UART, MEMORY, PORT, DMA
}
