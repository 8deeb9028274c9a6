package dev.gpioint.acpi.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.oracle.Iasl;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad AML never hangs or crashes the interpreter: each failure is one typed {@link AmlException} naming the
 * status, table, AML offset and method, and the rest of the namespace still evaluates.
 */
class BadAmlTest {

    private static AmlInterpreter load(String body, AmlOptions options) throws Exception {
        Iasl.assumeAvailable();
        byte[] aml = Iasl.compile("DefinitionBlock (\"\", \"DSDT\", 2, \"TEST\", \"BADAML\", 1) {\n" + body + "\n}\n");
        return AmlInterpreter.load(List.of(AcpiTable.read(aml, "bad.aml")), options);
    }

    @Test
    void anEndlessLoopFailsWithLoopTimeoutAtItsOffset() throws Exception {
        var aml = load("Method (SPIN) { Local0 = 0  While (One) { Local0++ } }  Method (GOOD) { Return (7) }", AmlOptions.windows11());
        assertThatThrownBy(() -> aml.evaluate("\\SPIN")).isInstanceOfSatisfying(AmlException.class, e -> {
            assertThat(e.status()).isEqualTo(AmlStatus.AE_AML_LOOP_TIMEOUT);
            assertThat(e.method()).isEqualTo("\\SPIN");
            assertThat(e.table()).isEqualTo("bad.aml");
            assertThat(e.offset()).isGreaterThan(AcpiTable.HEADER_LENGTH);
            assertThat(e.getMessage()).contains("While loop ran 1048576 iterations");
        });
        assertThat(aml.evaluate("\\GOOD")).isEqualTo(new AmlValue.Integer(7));
    }

    @Test
    void aLoopThatSleepsStopsAtThirtySecondsOfMachineTime() throws Exception {
        AmlHost host = AmlHost.virtual();
        var aml = load("Method (POLL) { While (One) { Sleep (100) } }", AmlOptions.windows11().withHost(host));
        assertThatThrownBy(() -> aml.evaluate("\\POLL")).isInstanceOfSatisfying(AmlException.class,
                e -> assertThat(e.status()).isEqualTo(AmlStatus.AE_AML_LOOP_TIMEOUT));
        assertThat(host.nanoTime()).isBetween(30_000_000_000L, 30_200_000_000L);
    }

    @Test
    void runawayRecursionFailsWithMethodLimit() throws Exception {
        var aml = load("Method (RECU, 1) { Return (RECU (Arg0 + 1)) }", AmlOptions.windows11());
        assertThatThrownBy(() -> aml.evaluate("\\RECU", AmlValue.Integer.ZERO)).isInstanceOfSatisfying(AmlException.class, e -> {
            assertThat(e.status()).isEqualTo(AmlStatus.AE_AML_METHOD_LIMIT);
            assertThat(e.getMessage()).contains("\\RECU");
        });
    }

    @Test
    void aMissingNameFailsWithNotFoundNamingTheName() throws Exception {
        var aml = load("External (NOPE, IntObj)  Method (MISS) { Return (NOPE + 1) }", AmlOptions.windows11());
        assertThatThrownBy(() -> aml.evaluate("\\MISS")).isInstanceOfSatisfying(AmlException.class, e -> {
            assertThat(e.status()).isEqualTo(AmlStatus.AE_NOT_FOUND);
            assertThat(e.reason()).contains("NOPE");
        });
    }

    @Test
    void typeErrorsAndLimitsAreTyped() throws Exception {
        var aml = load("""
                Name (PKG, Package (2) { 1, 2 })
                Method (IDX) { Return (DerefOf (PKG [5])) }
                Method (DIV) { Local0 = 0  Return (10 / Local0) }
                Method (UNI, 1) { If (Arg0) { Local3 = 1 } Return (Local3) }
                Mutex (MTX, 0)
                Method (REL) { Release (MTX) }
                OperationRegion (OPR, SystemMemory, 0x1000, 4)
                Field (OPR, AnyAcc, NoLock, Preserve) { FLD, 8 }
                Method (SZF) { Return (SizeOf (FLD)) }
                """, AmlOptions.windows11());
        assertThat(status(aml, "\\IDX")).isEqualTo(AmlStatus.AE_AML_PACKAGE_LIMIT);
        assertThat(status(aml, "\\DIV")).isEqualTo(AmlStatus.AE_AML_DIVIDE_BY_ZERO);
        assertThat(status(aml, "\\UNI", AmlValue.Integer.ZERO)).isEqualTo(AmlStatus.AE_AML_UNINITIALIZED_LOCAL);
        assertThat(status(aml, "\\REL")).isEqualTo(AmlStatus.AE_AML_MUTEX_NOT_ACQUIRED);
        // acpiexec: "Operand must be Buffer/Integer/String/Package - found type FieldUnit".
        assertThat(status(aml, "\\SZF")).isEqualTo(AmlStatus.AE_AML_OPERAND_TYPE);
    }

    @Test
    void anUnknownOpcodeFailsItsMethodAloneWithTheOffsetOfTheByte() throws Exception {
        var aml = load("Method (BROK) { Return (0x1234) }  Method (GOOD) { Return (1) }", AmlOptions.windows11());
        AmlMethod broken = (AmlMethod) aml.find("\\BROK").orElseThrow().value();
        // Replace the Return opcode with 0x02, which is no AML opcode: the table's bytes are shared by the method.
        byte[] bytes = broken.code.bytes();
        bytes[broken.bodyStart] = 0x02;
        assertThatThrownBy(() -> aml.evaluate("\\BROK")).isInstanceOfSatisfying(AmlException.class, e -> {
            assertThat(e.status()).isEqualTo(AmlStatus.AE_AML_BAD_OPCODE);
            assertThat(e.offset()).isEqualTo(broken.bodyStart);
            assertThat(e.reason()).contains("0x02");
        });
        assertThat(aml.evaluate("\\GOOD")).isEqualTo(AmlValue.Integer.ONE);
    }

    @Test
    void aFailingModuleLevelTermIsReportedAndLoadingGoesOn() throws Exception {
        // A module-level store into a name no table defines: ACPICA reports it and loads the rest.
        var aml = load("""
                External (\\_SB.NONE, IntObj)
                \\_SB.NONE = 5
                Name (KEPT, 2)
                """, AmlOptions.windows11());
        assertThat(aml.problems()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(AmlStatus.AE_NOT_FOUND);
            assertThat(e.reason()).contains("NONE");
        });
        assertThat(aml.evaluate("\\KEPT")).isEqualTo(new AmlValue.Integer(2));

    }

    private static AmlStatus status(AmlInterpreter aml, String path, AmlValue... args) {
        try {
            aml.evaluate(path, args);
            return null;
        } catch (AmlException e) {
            return e.status();
        }
    }
}
