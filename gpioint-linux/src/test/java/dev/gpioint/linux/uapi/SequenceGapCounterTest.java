package dev.gpioint.linux.uapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Sequence-gap accounting: drops of the oldest events show as gaps and are counted exactly. */
class SequenceGapCounterTest {
    @Test
    void consecutiveNumbersLoseNothing() {
        var c = new SequenceGapCounter(1);
        for (long s = 1; s <= 5; s++) {
            assertThat(c.accept(99, s)).isZero();
        }
        assertThat(c.lost()).isZero();
    }

    @Test
    void aOneLineRequestIsCheckedOnLineSeqnoAndAMultiLineRequestOnSeqno() {
        var single = new SequenceGapCounter(1);
        single.accept(1, 1);
        assertThat(single.accept(2, 5)).isEqualTo(3); // seqno ignored
        var multi = new SequenceGapCounter(2);
        multi.accept(1, 1);
        assertThat(multi.accept(2, 7)).isZero(); // line_seqno of another line does not matter
        assertThat(multi.accept(6, 2)).isEqualTo(3);
        assertThat(multi.lost()).isEqualTo(3);
        assertThat(multi.gaps()).isEqualTo(1);
    }

    @Test
    void theFirstEventAfterAnOverflowShowsTheDroppedOldest() {
        // A 16-deep queue got 20 events before the reader came: events 1..4 were dropped, 5..20 remain.
        var c = new SequenceGapCounter(1);
        assertThat(c.accept(5, 5)).isEqualTo(4);
        assertThat(c.accept(6, 6)).isZero();
        assertThat(c.lost()).isEqualTo(4);
    }

    @Test
    void wrapAroundIsNotALoss() {
        var c = new SequenceGapCounter(1);
        c.accept(0, 0xFFFF_FFFEL);
        assertThat(c.accept(0, 0xFFFF_FFFFL)).isZero();
        assertThat(c.accept(0, 0)).isZero();
        assertThat(c.accept(0, 1)).isZero();
    }

    @Property
    void lostIsExactlyWhatWasDropped(@ForAll @Size(min = 1, max = 200) java.util.List<@IntRange(min = 0, max = 5) Integer> drops) {
        var c = new SequenceGapCounter(3);
        long seq = 0;
        long dropped = 0;
        var seen = new ArrayList<Long>();
        for (int d : drops) {
            seq += d;
            dropped += d;
            seq++;
            seen.add(c.accept(seq, 1));
        }
        assertThat(c.lost()).isEqualTo(dropped);
        assertThat(seen.stream().mapToLong(Long::longValue).sum()).isEqualTo(dropped);
    }
}
