package dev.gpioint.acpi.interpreter;

/**
 * An object reference, as {@code RefOf}, {@code Index} and {@code CondRefOf} make them and as a package holds
 * a name: to a namespace node, to one element of a package, to one byte of a buffer or string, or to a Local
 * or Arg slot of a running method.
 */
public sealed interface AmlReference extends AmlValue {

    @Override
    default int objectType() {
        // ACPICA reports a reference's own type as "reference" (0x14) only internally; ObjectType derefs first.
        return 0x14;
    }

    /** A reference to a named object. */
    record ToNode(AmlNode node) implements AmlReference {
        @Override
        public String describe() {
            return "Reference to " + node.path();
        }
    }

    /** {@code Index} into a package: the element slot, read and written in place. */
    record ToElement(AmlValue.Package pkg, int index) implements AmlReference {
        @Override
        public String describe() {
            return "Reference to package element " + index;
        }
    }

    /** {@code Index} into a buffer: one byte, read as an Integer, written in place. */
    record ToByte(AmlValue.Buffer buffer, int index) implements AmlReference {
        @Override
        public String describe() {
            return "Reference to buffer byte " + index;
        }
    }

    /** {@code Index} into a string: one character, read as an Integer. */
    record ToChar(AmlValue.Str string, int index) implements AmlReference {
        @Override
        public String describe() {
            return "Reference to string character " + index;
        }
    }

    /** {@code RefOf (LocalX)} or {@code RefOf (ArgX)}: a slot of a running method. */
    record ToSlot(AmlValue[] slots, int index, String name) implements AmlReference {
        @Override
        public String describe() {
            return "Reference to " + name;
        }
    }
}
