package dev.gpioint.gpio;

import java.util.ArrayList;
import java.util.List;

/**
 * A client's answer to GpioClx's {@code QueryBankInterruptBindingInformation} request
 * ({@code CLIENT_CONTROLLER_QUERY_SET_INFORMATION_OUTPUT.BankInterruptBinding.ResourceMapping}): for each bank, in
 * bank order, the index in the controller's raw and translated resource lists of the interrupt resource bound to
 * that bank, or {@link #RESERVED_INDEX} when no interrupt serves the bank. A bank has at most one interrupt; several
 * banks may share one.
 *
 * <p>Immutable. The indexes are the client's claim, not checked here: the class extension checks each one against
 * the resource lists when it prepares the controller, and fails the controller if one is not an interrupt resource.
 *
 * @param resourceIndexes element {@code b} is bank {@code b}'s interrupt resource index, or {@link #RESERVED_INDEX}
 */
public record BankInterruptBinding(List<Integer> resourceIndexes) {
    /** {@code GPIO_BANK_INTERRUPT_BINDING_RESERVED_INDEX}: the bank is bound to no interrupt resource. */
    public static final int RESERVED_INDEX = 0xFFFF;

    public BankInterruptBinding {
        resourceIndexes = List.copyOf(resourceIndexes);
    }

    /** The binding with element {@code b} of {@code resourceIndexes} for bank {@code b}. */
    public static BankInterruptBinding of(int... resourceIndexes) {
        var list = new ArrayList<Integer>(resourceIndexes.length);
        for (int index : resourceIndexes) {
            list.add(index);
        }
        return new BankInterruptBinding(list);
    }

    /** How many banks the binding describes. */
    public int bankCount() {
        return resourceIndexes.size();
    }

    /** Bank {@code bank}'s interrupt resource index, or {@link #RESERVED_INDEX}. */
    public int resourceIndex(int bank) {
        return resourceIndexes.get(bank);
    }
}
