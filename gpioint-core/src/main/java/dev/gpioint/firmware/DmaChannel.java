package dev.gpioint.firmware;

/** A legacy DMA channel ({@code DMA}). Becomes a Dma resource. */
public record DmaChannel(int channel) implements FirmwareResource {
    public DmaChannel {
        Ranges.check("DMA channel", channel, 0, 7);
    }

    @Override
    public String kind() {
        return "DMA";
    }
}
