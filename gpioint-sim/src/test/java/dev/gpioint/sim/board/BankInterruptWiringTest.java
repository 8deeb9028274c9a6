package dev.gpioint.sim.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which interrupt each bank drives: the class extension's own rule, and the PMIC's contiguous ranges. */
class BankInterruptWiringTest {
    @Test
    void perBankIsOnePerBankOrEveryBankOnTheFirst() {
        assertThat(BankInterruptWiring.PER_BANK.bankInterrupts(4, 4)).containsExactly(0, 1, 2, 3);
        assertThat(BankInterruptWiring.PER_BANK.bankInterrupts(3, 5)).containsExactly(0, 1, 2);
        assertThat(BankInterruptWiring.PER_BANK.bankInterrupts(4, 1)).containsExactly(0, 0, 0, 0);
        assertThat(BankInterruptWiring.PER_BANK.bankInterrupts(64, 2)).containsOnly(0);
    }

    @Test
    void contiguousRangesSplitThePmicsSixtyFourBanksInOrder() {
        int[] two = BankInterruptWiring.CONTIGUOUS_RANGES.bankInterrupts(64, 2);
        assertThat(IntStream.range(0, 32).map(b -> two[b])).containsOnly(0);
        assertThat(IntStream.range(32, 64).map(b -> two[b])).containsOnly(1);
        int[] three = BankInterruptWiring.CONTIGUOUS_RANGES.bankInterrupts(64, 3);
        assertThat(IntStream.range(0, 22).map(b -> three[b])).containsOnly(0);
        assertThat(IntStream.range(22, 43).map(b -> three[b])).containsOnly(1);
        assertThat(IntStream.range(43, 64).map(b -> three[b])).containsOnly(2);
        // The corpus's PMIC pins (up to 645, bank 10) are all on the first interrupt.
        assertThat(three[645 / 64]).isZero();
    }

    @Test
    void contiguousRangesAreThePerBankRuleForOneInterruptOrOnePerBank() {
        assertThat(BankInterruptWiring.CONTIGUOUS_RANGES.bankInterrupts(64, 1)).containsOnly(0);
        assertThat(BankInterruptWiring.CONTIGUOUS_RANGES.bankInterrupts(3, 3)).containsExactly(0, 1, 2);
    }
}
