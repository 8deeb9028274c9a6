package dev.gpioint.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ResourceListTest {

    @Provide
    Arbitrary<List<ResourceDescriptor>> descriptors() {
        Arbitrary<ResourceDescriptor> interrupt = Arbitraries.integers().between(0, 0x3F).flatMap(flags ->
                Arbitraries.integers().between(0, 255).map(v -> ResourceDescriptor.interrupt(ShareDisposition.SHARED, flags, v >> 4, v, -1L)));
        Arbitrary<ResourceDescriptor> connection = Arbitraries.longs().map(id -> ResourceDescriptor.connection(
                ShareDisposition.DEVICE_EXCLUSIVE, ConnectionType.GPIO_IO, id));
        return Arbitraries.oneOf(interrupt, connection).list().ofMaxSize(12);
    }

    @Property
    void aListKeepsOrderAndIdentity(@ForAll("descriptors") List<ResourceDescriptor> given) {
        var source = new ArrayList<>(given);
        ResourceList list = ResourceList.of(source);
        source.clear(); // the list does not share the caller's storage
        assertThat(list).hasSize(given.size());
        for (int i = 0; i < given.size(); i++) {
            assertThat(list.get(i)).isSameAs(given.get(i));
            assertThat(list.indexOfIdentical(given.get(i))).isLessThanOrEqualTo(i);
            assertThat(list.indexOfIdentical(given.get(i).copy())).isEqualTo(-1);
        }
        assertThat(list.interruptCount()).isEqualTo((int) given.stream().filter(ResourceDescriptor::isInterrupt).count());
    }

    @Property
    void aCopyIsEqualButNotTheFrameworksDescriptor(@ForAll("descriptors") List<ResourceDescriptor> given) {
        for (ResourceDescriptor d : given) {
            ResourceDescriptor copy = d.copy();
            assertThat(copy).isEqualTo(d).hasSameHashCodeAs(d).isNotSameAs(d);
        }
    }

    @Test
    void aListIsImmutable() {
        ResourceList list = ResourceList.of(List.of(ResourceDescriptor.interrupt(ShareDisposition.SHARED, 0, 5, 0x50, -1)));
        assertThatThrownBy(() -> list.add(list.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, list.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void descriptorsHaveCmPartialResourceDescriptorSemantics() {
        var interrupt = ResourceDescriptor.interrupt(ShareDisposition.SHARED,
                InterruptFlags.LATCHED | InterruptFlags.SECONDARY_INTERRUPT | InterruptFlags.WAKE_HINT, 7, 0x10005, -1L);
        assertThat(interrupt.type().code()).isEqualTo(2);
        assertThat(interrupt.shareDisposition().code()).isEqualTo(3);
        assertThat(interrupt.flags()).isEqualTo(0x31);
        assertThat(interrupt.isLatched()).isTrue();
        assertThat(interrupt.toString()).contains("LATCHED", "SECONDARY", "WAKE_HINT");
        assertThatThrownBy(interrupt::asConnection).isInstanceOf(IllegalStateException.class);

        var connection = ResourceDescriptor.connection(ShareDisposition.DEVICE_EXCLUSIVE, ConnectionType.SERIAL_I2C, 0x1_0000_0002L);
        assertThat(connection.type().code()).isEqualTo(0x84);
        assertThat(connection.asConnection().connectionClass().code()).isEqualTo(2);
        assertThat(connection.asConnection().type().code()).isEqualTo(1);
        assertThat(connection.asConnection().idLowPart()).isEqualTo(2);
        assertThat(connection.asConnection().idHighPart()).isEqualTo(1);
        assertThat(connection.isLatched()).isFalse();
        assertThat(ConnectionType.GPIO_IO.connectionClass().code()).isEqualTo(1);
        assertThat(ConnectionType.GPIO_IO.code()).isEqualTo(2);

        assertThatThrownBy(() -> new ResourceDescriptor(ResourceType.MEMORY, ShareDisposition.SHARED, 0,
                new ResourceData.InterruptData(1, 2, 3, 0))).isInstanceOf(IllegalArgumentException.class);
    }
}
