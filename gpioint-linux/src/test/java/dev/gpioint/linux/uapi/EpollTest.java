package dev.gpioint.linux.uapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The native path without a GPIO chip: epoll, eventfd wakeups, errno capture. */
@EnabledOnOs(OS.LINUX)
class EpollTest {
    @Test
    void aWakeupIsReportedWithItsTokenAndDrained() {
        try (Epoll epoll = new Epoll("test", 4)) {
            assertThat(epoll.wait(0)).isZero();
            epoll.wakeup();
            assertThat(epoll.wait(1000)).isEqualTo(1);
            assertThat(epoll.token(0)).isEqualTo(Epoll.WAKEUP_TOKEN);
            assertThat(epoll.events(0) & Epoll.EPOLLIN).isNotZero();
            epoll.drainWakeups();
            assertThat(epoll.wait(0)).isZero();
        }
    }

    @Test
    void aMissingChipAndANonGpioDeviceAreNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GpioChip.open("/dev/gpiochip-none"))
                .hasMessage("/dev/gpiochip-none: no such GPIO chip (is the driver loaded?)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GpioChip.open("/dev/null"))
                .hasMessageContaining("/dev/null: is not a GPIO character device (ENOTTY");
    }
}
