package dev.gpioint.gpio;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.kernel.InterruptLine;
import dev.gpioint.kernel.Machine;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.wdf.WdfDevice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A memory-mapped GPIO controller and its client in one, for tests of the class extension: banks of
 * {@value #PINS_PER_BANK} pins whose interrupt outputs are wired to primary lines as the test says (several banks
 * may drive one line, wired OR), edge and level detection, and a bank interrupt binding the test chooses for the
 * client's answer (empty: the client does not answer). Deterministic machine only: no locking.
 */
final class BankedTestController implements GpioControllerClient {
    static final int PINS_PER_BANK = 32;

    private final int totalPins;
    private final InterruptLine[] bankLine;
    private final Optional<BankInterruptBinding> binding;
    private final long[] enabled;
    private final long[] masked;
    private final long[] edge;
    private final long[] activeLow;
    private final long[] latched;
    private final long[] level;
    private final boolean[] asserting;
    /** Per line: how many banks assert it. */
    private final Map<InterruptLine, Integer> assertions = new HashMap<>();
    final List<Integer> askedTotalBanks = new ArrayList<>();

    /**
     * {@code bankGsivs.get(b)} is the primary line bank {@code b} drives; {@code binding} is what the client answers
     * to the extension's bank interrupt binding query.
     */
    BankedTestController(Machine machine, List<Long> bankGsivs, Optional<BankInterruptBinding> binding) {
        int banks = bankGsivs.size();
        this.totalPins = banks * PINS_PER_BANK;
        this.bankLine = new InterruptLine[banks];
        for (int b = 0; b < banks; b++) {
            bankLine[b] = machine.interrupts().line(bankGsivs.get(b));
            assertions.putIfAbsent(bankLine[b], 0);
        }
        this.binding = binding;
        this.enabled = new long[banks];
        this.masked = new long[banks];
        this.edge = new long[banks];
        this.activeLow = new long[banks];
        this.latched = new long[banks];
        this.level = new long[banks];
        this.asserting = new boolean[banks];
    }

    /** Drives pin {@code pin}'s input: an enabled edge pin latches on its transition, a level pin follows it. */
    void setInput(int pin, boolean high) {
        int bank = pin / PINS_PER_BANK;
        long bit = 1L << (pin % PINS_PER_BANK);
        boolean was = (level[bank] & bit) != 0;
        if (was == high) {
            return;
        }
        level[bank] = high ? level[bank] | bit : level[bank] & ~bit;
        boolean wantedLow = (activeLow[bank] & bit) != 0;
        if ((edge[bank] & bit) != 0 && high != wantedLow) {
            latched[bank] |= bit;
        }
        update(bank);
    }

    private long status(int bank) {
        long levelAsserted = ~edge[bank] & (level[bank] ^ activeLow[bank]);
        return (latched[bank] & edge[bank]) | levelAsserted;
    }

    private void update(int bank) {
        boolean now = (status(bank) & enabled[bank] & ~masked[bank]) != 0;
        if (now == asserting[bank]) {
            return;
        }
        asserting[bank] = now;
        InterruptLine line = bankLine[bank];
        int before = assertions.get(line);
        int after = before + (now ? 1 : -1);
        assertions.put(line, after);
        if ((before == 0) != (after == 0)) {
            line.drive(now);
        }
    }

    @Override
    public void prepareController(WdfDevice device, ResourceList raw, ResourceList translated) {
    }

    @Override
    public ControllerBasicInformation queryControllerBasicInformation() {
        return new ControllerBasicInformation(totalPins, PINS_PER_BANK, ControllerAttributes.memoryMappedController());
    }

    @Override
    public Optional<BankInterruptBinding> queryBankInterruptBinding(ResourceList raw, ResourceList translated, int totalBanks) {
        askedTotalBanks.add(totalBanks);
        return binding;
    }

    @Override
    public void enableInterrupt(GpioInterruptParameters p) {
        long bit = 1L << p.pin();
        int bank = p.bank();
        edge[bank] = p.mode() == InterruptMode.EDGE ? edge[bank] | bit : edge[bank] & ~bit;
        activeLow[bank] = p.polarity() == Polarity.ACTIVE_LOW ? activeLow[bank] | bit : activeLow[bank] & ~bit;
        latched[bank] &= ~bit;
        masked[bank] &= ~bit;
        enabled[bank] |= bit;
        update(bank);
    }

    @Override
    public void disableInterrupt(int bank, int pin) {
        enabled[bank] &= ~(1L << pin);
        update(bank);
    }

    @Override
    public long maskInterrupts(int bank, long pinMask) {
        masked[bank] |= pinMask;
        update(bank);
        return 0;
    }

    @Override
    public void unmaskInterrupt(GpioInterruptParameters p) {
        masked[p.bank()] &= ~(1L << p.pin());
        update(p.bank());
    }

    @Override
    public long queryActiveInterrupts(int bank, long enabledMask) {
        return status(bank) & enabledMask;
    }

    @Override
    public long clearActiveInterrupts(int bank, long clearMask) {
        latched[bank] &= ~clearMask;
        update(bank);
        return 0;
    }

    @Override
    public long readGpioPins(int bank) {
        return level[bank];
    }
}
