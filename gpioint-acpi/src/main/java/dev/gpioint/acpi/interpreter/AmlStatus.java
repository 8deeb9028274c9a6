package dev.gpioint.acpi.interpreter;

/**
 * Why an AML evaluation failed, named as ACPICA names its exception codes so a result can be compared with
 * {@code acpiexec}'s ("Evaluation of X failed with status AE_NOT_FOUND").
 */
public enum AmlStatus {
    /** A name that is not in the namespace. */
    AE_NOT_FOUND,
    /** A name defined twice in one scope. */
    AE_ALREADY_EXISTS,
    /** An operand of the wrong type for the operator. */
    AE_AML_OPERAND_TYPE,
    /** An operand with a value the operator cannot take. */
    AE_AML_OPERAND_VALUE,
    /** A Local read before anything was stored in it. */
    AE_AML_UNINITIALIZED_LOCAL,
    /** An Arg the caller did not pass. */
    AE_AML_UNINITIALIZED_ARG,
    /** A package element that was never set. */
    AE_AML_UNINITIALIZED_ELEMENT,
    /** An index past the end of a package. */
    AE_AML_PACKAGE_LIMIT,
    /** An index or field past the end of a buffer. */
    AE_AML_BUFFER_LIMIT,
    /** An index past the end of a string. */
    AE_AML_STRING_LIMIT,
    /** A field access past the end of its operation region. */
    AE_AML_REGION_LIMIT,
    /** A value too large for the operation (ToBCD of more digits than an Integer holds, FromBCD of a non-BCD digit). */
    AE_AML_NUMERIC_OVERFLOW,
    /** Division or modulo by zero. */
    AE_AML_DIVIDE_BY_ZERO,
    /** An opcode that is not AML, or not allowed where it stands. */
    AE_AML_BAD_OPCODE,
    /** A term cut short by the end of its block or table. */
    AE_AML_BAD_RESOURCE_LENGTH,
    /** A While loop that ran past the loop bound. */
    AE_AML_LOOP_TIMEOUT,
    /** Method calls nested deeper than the bound (a runaway recursion). */
    AE_AML_METHOD_LIMIT,
    /** A method that returned nothing where a value is required. */
    AE_AML_NO_RETURN_VALUE,
    /** A mutex acquired against the sync-level order. */
    AE_AML_MUTEX_ORDER,
    /** A mutex released that the caller does not hold. */
    AE_AML_MUTEX_NOT_ACQUIRED,
    /** Break or Continue outside a While. */
    AE_AML_NO_WHILE,
    /** A resource template without an end tag, given to ConcatenateResTemplate. */
    AE_AML_NO_RESOURCE_END_TAG,
    /** An address space no handler serves. */
    AE_NOT_EXIST,
    /** An object of a type the operation does not support here. */
    AE_TYPE,
    /** A table that cannot be loaded (Load, LoadTable). */
    AE_BAD_HEADER,
    /** A feature of AML this interpreter does not implement. */
    AE_SUPPORT,
    /** A region handler failed. */
    AE_ERROR
}
