package dev.gpioint.sim.board;

import dev.gpioint.sim.SimSpiController;
import java.util.List;

/**
 * The shape of a family of real SPI controllers as far as it is public: the IDs firmware gives it, its chip selects,
 * its fastest clock, the word sizes and options it supports.
 *
 * @param family      a name for messages ("Qualcomm GENI SPI")
 * @param ids         the {@code _HID}/{@code _CID} values of the family, matched without regard to case
 * @param chipSelects chip selects, numbered from 0
 * @param maxClockHz  the fastest clock
 * @param minWordBits the shortest word
 * @param maxWordBits the longest word (at most 32)
 * @param csActiveHigh whether a chip select may be active high
 * @param threeWire   whether three-wire (bidirectional data line) mode is supported
 * @param basis       where the shape comes from, for the documentation
 */
public record SpiControllerModel(String family, List<String> ids, int chipSelects, int maxClockHz, int minWordBits, int maxWordBits,
                                 boolean csActiveHigh, boolean threeWire, String basis) {
    public SpiControllerModel {
        ids = List.copyOf(ids);
        if (minWordBits < 1 || maxWordBits > 32 || minWordBits > maxWordBits) {
            throw new IllegalArgumentException("word sizes " + minWordBits + " to " + maxWordBits);
        }
    }

    /** The {@link SimSpiController#WORD_SIZES} register: bit n-1 for n-bit words. */
    public int wordSizes() {
        long mask = ((1L << maxWordBits) - 1) & ~((1L << (minWordBits - 1)) - 1);
        return (int) mask;
    }

    /** The {@link SimSpiController#FEATURES} register. */
    public int features() {
        return (threeWire ? SimSpiController.FEATURE_THREE_WIRE : 0) | (csActiveHigh ? SimSpiController.FEATURE_CS_ACTIVE_HIGH : 0);
    }
}
