package dev.gpioint.pnp;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.kernel.ConnectRequest;
import dev.gpioint.kernel.Dpc;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.KInterrupt;
import dev.gpioint.kernel.ServiceRoutine;
import dev.gpioint.kernel.SpinLock;
import dev.gpioint.kernel.Verifier;
import dev.gpioint.kernel.VerifierException;
import dev.gpioint.kernel.VerifierRule;
import dev.gpioint.kernel.WorkItem;
import dev.gpioint.resource.InterruptFlags;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ShareDisposition;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.InterruptSynchronize;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;
import dev.gpioint.wdf.WdfInterruptInfo;
import dev.gpioint.wudf.WudfInterrupt;
import dev.gpioint.wudf.WudfInterruptConfig;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The framework's interrupt object (FxInterrupt): binds a driver's config to a resource, connects it as a
 * kernel interrupt object in D0, and is the ISR thunk the kernel calls. Every state transition is here:
 * bound (resource assigned), connected, disconnecting, inactive (soft-disconnected), failed.
 *
 * <p>The thunk and the DPC/work-item paths allocate nothing: their kernel objects are made once, here.
 */
final class FxInterrupt implements WdfInterrupt, WudfInterrupt, ServiceRoutine {
    private final FxDevice device;
    private final WdfInterruptConfig config;
    private final WudfInterruptConfig umdfConfig;
    private final int index;
    private final boolean createdInPrepare;
    private final ReentrantLock waitLock;
    private final Dpc dpc;
    private final WorkItem workItem;
    private final Dpc workItemDpc;
    private final WorkItem umdfDpcItem;
    // The config's callbacks and flags, resolved once: the ISR and DPC paths read plain fields, no Optionals.
    private final dev.gpioint.wdf.InterruptIsr isr;
    private final dev.gpioint.wudf.WudfInterruptIsr umdfIsr;
    private final dev.gpioint.wdf.InterruptDpc dpcRoutine;
    private final dev.gpioint.wdf.InterruptWorkItem workItemRoutine;
    private final dev.gpioint.wudf.WudfInterruptWorkItem umdfWorkItemRoutine;
    private final boolean passiveHandling;
    private final boolean automaticSerialization;
    private final boolean canWakeDevice;
    /** A UMDF interrupt or one of a UMDF device: its "DPC" is a work item. */
    private final boolean umdfStyle;
    /** A KMDF interrupt handled at DIRQL that cannot wake the device: the ISR thunk's fast path applies. */
    private final boolean plainDirql;
    private ResourceDescriptor raw;
    private ResourceDescriptor translated;
    private volatile KInterrupt kernel;
    private volatile boolean disconnecting;
    private boolean inactive;
    private int lockOldIrql;

    FxInterrupt(FxDevice device, WdfInterruptConfig config, Optional<WudfInterruptConfig> umdfConfig, int index, boolean createdInPrepare) {
        this.device = device;
        this.config = config;
        this.umdfConfig = umdfConfig.orElse(null);
        this.isr = config.isr().orElseThrow();
        this.umdfIsr = this.umdfConfig == null ? null : this.umdfConfig.onInterruptIsr().orElseThrow();
        this.dpcRoutine = config.dpc().orElse(null);
        this.workItemRoutine = config.workItem().orElse(null);
        this.umdfWorkItemRoutine = this.umdfConfig == null ? null : this.umdfConfig.onInterruptWorkItem().orElse(null);
        this.passiveHandling = config.passiveHandling();
        this.automaticSerialization = config.automaticSerialization();
        this.canWakeDevice = config.canWakeDevice();
        this.plainDirql = !passiveHandling && !canWakeDevice && umdfIsr == null;
        this.umdfStyle = this.umdfConfig != null || device.isUmdf();
        this.index = index;
        this.createdInPrepare = createdInPrepare;
        this.waitLock = config.waitLock().map(l -> ((FxWaitLock) l).lock).orElseGet(ReentrantLock::new);
        var machine = device.machine();
        String name = device.path() + " interrupt " + index;
        this.dpc = machine.newDpc(this::runDpc, "DPC of " + name);
        this.workItem = machine.newWorkItem(this::runWorkItem, "work item of " + name);
        this.workItemDpc = machine.newDpc(this::queueWorkItemFromDpc, "work item DPC of " + name);
        this.umdfDpcItem = machine.newWorkItem(this::runDpc, "DPC work item of " + name);
    }

    int index() {
        return index;
    }

    boolean createdInPrepare() {
        return createdInPrepare;
    }

    boolean isPassive() {
        return config.passiveHandling();
    }

    boolean canWake() {
        return config.canWakeDevice();
    }

    WdfInterruptConfig config() {
        return config;
    }

    Optional<ResourceDescriptor> translatedResource() {
        return Optional.ofNullable(translated);
    }

    Optional<ResourceDescriptor> rawResource() {
        return Optional.ofNullable(raw);
    }

    void bind(ResourceDescriptor rawDescriptor, ResourceDescriptor translatedDescriptor) {
        raw = rawDescriptor;
        translated = translatedDescriptor;
    }

    Optional<KInterrupt> kernelInterrupt() {
        return Optional.ofNullable(kernel);
    }

    Dpc dpc() {
        return dpc;
    }

    WorkItem workItem() {
        return workItem;
    }

    // ---- connection (called by FxDevice at PASSIVE) ----

    /** Connects and enables, as on D0 entry. An interrupt with no resource (vector 0) connects as a no-op. */
    void connect() {
        if (translated == null || kernel != null) {
            return;
        }
        boolean passive = config.passiveHandling();
        int irql = passive ? Irql.PASSIVE : translated.asInterrupt().level();
        Optional<SpinLock> shared = passive ? Optional.empty() : config.spinLock().map(l -> ((FxSpinLock) l).lock);
        int synchronizeIrql = passive ? Irql.PASSIVE : shared.isPresent() ? device.synchronizeIrql(config.spinLock().get()) : irql;
        var request = new ConnectRequest(translated.asInterrupt().vector(), translated.asInterrupt().affinity(), irql, synchronizeIrql,
                InterruptFlags.isLatched(translated.flags()) ? InterruptMode.EDGE : InterruptMode.LEVEL,
                translated.shareDisposition() == ShareDisposition.SHARED, passive, this,
                device.path() + " interrupt " + index, shared);
        KInterrupt connected = device.machine().interrupts().connect(request);
        kernel = connected;
        device.pnp().registerKernelInterrupt(connected, this);
        try {
            runEnableCallback(true);
        } catch (RuntimeException failure) {
            disconnectKernel();
            throw failure;
        }
    }

    /** Disables and disconnects, as on D0 exit: disable callback, flush DPC and work item, disconnect. */
    void disconnect(boolean callDisable) {
        if (kernel == null) {
            return;
        }
        RuntimeException failure = null;
        if (callDisable) {
            try {
                runEnableCallback(false);
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        disconnecting = true;
        device.machine().flush(dpc);
        device.machine().flush(workItemDpc);
        device.machine().flush(workItem);
        device.machine().flush(umdfDpcItem);
        disconnectKernel();
        if (failure != null) {
            throw failure;
        }
    }

    private void disconnectKernel() {
        KInterrupt connected = kernel;
        if (inactive) {
            device.machine().interrupts().reportActive(connected);
            inactive = false;
        }
        disconnecting = true;
        device.machine().interrupts().disconnect(connected);
        device.pnp().unregisterKernelInterrupt(connected);
        kernel = null;
        disconnecting = false;
    }

    /** Soft disconnect on power-down (ReportInactiveOnPowerDown): stays connected, gets no requests. */
    void reportInactive() {
        if (kernel != null && !inactive) {
            runEnableCallback(false);
            device.machine().flush(dpc);
            device.machine().flush(workItem);
            device.machine().interrupts().reportInactive(kernel);
            inactive = true;
        }
    }

    void reportActive() {
        if (kernel != null && inactive) {
            device.machine().interrupts().reportActive(kernel);
            inactive = false;
            runEnableCallback(true);
        }
    }

    private void runEnableCallback(boolean enable) {
        var wdfCallback = enable ? config.enable() : config.disable();
        var umdfCallback = umdfConfig == null ? Optional.<dev.gpioint.wudf.WudfInterruptEnableCallback>empty()
                : enable ? umdfConfig.onInterruptEnable() : umdfConfig.onInterruptDisable();
        if (wdfCallback.isEmpty() && umdfCallback.isEmpty()) {
            return;
        }
        acquireLock();
        try {
            wdfCallback.ifPresent(cb -> cb.run(this, device));
            umdfCallback.ifPresent(cb -> cb.run(this, device));
        } finally {
            releaseLock();
        }
    }

    // ---- the ISR thunk ----

    /**
     * The ISR thunk. Its common case, a connected KMDF DIRQL interrupt of a healthy device that is not armed for
     * wake, is kept small so the JIT inlines it into the dispatcher; everything else takes {@link #serviceFully}.
     */
    @Override
    public boolean service(KInterrupt interrupt) {
        if (!plainDirql || kernel == null || disconnecting || device.isFailing()) {
            return serviceFully(interrupt);
        }
        device.noteActivity();
        try {
            return isr.isr(this, 0);
        } catch (RuntimeException | Error failure) {
            return isrFailed(interrupt, failure);
        }
    }

    private boolean serviceFully(KInterrupt interrupt) {
        if (kernel == null) {
            if (!InterruptFlags.isLatched(translated.flags())) {
                return false; // not yet connected: spurious, as KMDF's thunk says for non-edge interrupts
            }
            kernel = interrupt; // an edge that fired before connect returned is still delivered (m_InterruptCaptured)
        }
        if (disconnecting || device.isFailing()) {
            return false;
        }
        device.noteActivity();
        if (canWakeDevice && device.node().state() == DeviceState.POWERED_DOWN) {
            // Armed for wake while in Dx: KMDF's thunk sends the event to the wake state machine and runs the
            // ISR at PASSIVE once the device is back in D0. Wake interrupts are passive, so this is a worker.
            device.pnp().wakeFromInterrupt(device.node(), index);
            if (device.node().state() != DeviceState.STARTED) {
                return false; // the power-up failed and failed the device
            }
        }
        boolean passive = passiveHandling;
        if (passive) {
            if (waitLock.isHeldByCurrentThread()) {
                // On Windows the passive ISR would wait forever for a lock its own thread holds.
                var misuse = new VerifierException(VerifierRule.LOCK_MISUSE, "passive ISR dispatch", "the wait lock of interrupt "
                        + index + " of " + device.path() + " is held by the thread that must run its ISR: this deadlocks on Windows");
                interrupt.quarantine();
                device.requestFailure(misuse.getMessage(), misuse);
                return false;
            }
            waitLock.lock();
        }
        boolean serialized = passive && automaticSerialization;
        if (serialized) {
            device.callbackLock().lock();
        }
        try {
            return umdfIsr != null ? umdfIsr.isr(this, 0) : isr.isr(this, 0);
        } catch (RuntimeException | Error failure) {
            return isrFailed(interrupt, failure);
        } finally {
            if (serialized) {
                device.callbackLock().unlock();
            }
            if (passive) {
                waitLock.unlock();
            }
        }
    }

    /**
     * The ISR did not finish, so it cannot say it silenced the device: report "not mine", so the next sharer of
     * a level line is still asked for this request. Out of dispatch at once: the device is failed at PASSIVE
     * later, and until then a level line must not re-fire into a driver that cannot silence it.
     */
    private boolean isrFailed(KInterrupt interrupt, Throwable failure) {
        interrupt.quarantine();
        device.requestFailure("the ISR of interrupt " + index + " threw " + failure, failure);
        return false;
    }

    private void runDpc() {
        if (dpcRoutine == null || device.isFailing()) {
            return;
        }
        boolean serialized = automaticSerialization;
        if (serialized) {
            device.callbackLock().lock();
        }
        try {
            dpcRoutine.dpc(this);
        } catch (RuntimeException | Error failure) {
            device.requestFailure("the DPC of interrupt " + index + " threw " + failure, failure);
        } finally {
            if (serialized) {
                device.callbackLock().unlock();
            }
        }
    }

    private void runWorkItem() {
        if (device.isFailing() || (workItemRoutine == null && umdfWorkItemRoutine == null)) {
            return;
        }
        boolean serialized = automaticSerialization;
        if (serialized) {
            device.callbackLock().lock();
        }
        try {
            if (umdfWorkItemRoutine != null) {
                umdfWorkItemRoutine.workItem(this);
            } else {
                workItemRoutine.workItem(this);
            }
        } catch (RuntimeException | Error failure) {
            device.requestFailure("the work item of interrupt " + index + " threw " + failure, failure);
        } finally {
            if (serialized) {
                device.callbackLock().unlock();
            }
        }
    }

    private void queueWorkItemFromDpc() {
        workItem.queue();
    }

    // ---- WdfInterrupt / WudfInterrupt ----

    @Override
    public boolean queueDpcForIsr() {
        if (umdfStyle) {
            return umdfDpcItem.queue(); // UMDF runs the "DPC" from a work item at PASSIVE
        }
        return dpc.queue();
    }

    @Override
    public boolean queueWorkItemForIsr() {
        if (Irql.current() > Irql.DISPATCH) {
            return workItemDpc.queue(); // above DISPATCH: the DPC queues the work item; its own result is lost
        }
        return workItem.queue();
    }

    @Override
    public void acquireLock() {
        if (config.passiveHandling()) {
            Verifier.requireIrql(Irql.PASSIVE, "WdfInterruptAcquireLock");
            if (waitLock.isHeldByCurrentThread()) {
                // A WDF wait lock is not recursive: acquiring it again would deadlock on Windows.
                throw new VerifierException(VerifierRule.LOCK_MISUSE, "WdfInterruptAcquireLock",
                        "the wait lock of " + device.path() + " interrupt " + index + " is already held by this thread");
            }
            waitLock.lock();
            return;
        }
        KInterrupt connected = kernel;
        if (connected == null) {
            throw new VerifierException(VerifierRule.INTERRUPT_NOT_CONNECTED, "WdfInterruptAcquireLock",
                    "can't synchronize when the WDFINTERRUPT of " + device.path() + " isn't connected");
        }
        lockOldIrql = connected.acquireSpinLock("WdfInterruptAcquireLock");
    }

    @Override
    public void releaseLock() {
        if (config.passiveHandling()) {
            if (!waitLock.isHeldByCurrentThread()) {
                throw new VerifierException(VerifierRule.LOCK_MISUSE, "WdfInterruptReleaseLock", "the wait lock is not held");
            }
            waitLock.unlock();
            return;
        }
        KInterrupt connected = kernel;
        if (connected == null) {
            throw new VerifierException(VerifierRule.INTERRUPT_NOT_CONNECTED, "WdfInterruptReleaseLock", "the interrupt isn't connected");
        }
        connected.releaseSpinLock(lockOldIrql, "WdfInterruptReleaseLock");
    }

    @Override
    public boolean tryToAcquireLock() {
        if (!config.passiveHandling()) {
            throw new VerifierException(VerifierRule.PASSIVE_INTERRUPT_ONLY, "WdfInterruptTryToAcquireLock",
                    "the interrupt of " + device.path() + " is handled at DIRQL");
        }
        Verifier.requireIrql(Irql.PASSIVE, "WdfInterruptTryToAcquireLock");
        // Not recursive: a zero-timeout wait on a lock this thread holds times out.
        return !waitLock.isHeldByCurrentThread() && waitLock.tryLock();
    }

    @Override
    public boolean synchronize(InterruptSynchronize callback) {
        Verifier.requireIrqlAtMost(Irql.DISPATCH, "WdfInterruptSynchronize");
        acquireLock();
        try {
            return callback.run(this);
        } finally {
            releaseLock();
        }
    }

    @Override
    public void enable() {
        Verifier.requireIrql(Irql.PASSIVE, "WdfInterruptEnable");
        if (kernel != null) {
            if (device.isUmdf()) {
                throw new VerifierException(VerifierRule.REDUNDANT_CONNECT, "IWDFInterrupt::Enable", "the interrupt is already connected");
            }
            return;
        }
        if (translated == null) {
            throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE, "interrupt " + index + " of " + device.path() + " has no resource");
        }
        if (device.phase() == FxDevice.Phase.RELEASED) {
            // Its resources (a GPIO pin's reservation included) went with the hardware: nothing to connect to.
            throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE, "interrupt " + index + " of " + device.path()
                    + " cannot be enabled: the device's hardware is released (stopped or failed)");
        }
        connect();
    }

    @Override
    public void disable() {
        Verifier.requireIrql(Irql.PASSIVE, "WdfInterruptDisable");
        disconnect(true);
    }

    @Override
    public WdfInterruptInfo getInfo() {
        Verifier.requireIrqlAtMost(Irql.DISPATCH, "WdfInterruptGetInfo");
        if (translated == null) {
            return new WdfInterruptInfo(0, 0, 0, InterruptMode.LEVEL, ShareDisposition.UNDETERMINED, 0, 0, false, "Unknown");
        }
        var data = translated.asInterrupt();
        int irql = config.passiveHandling() ? Irql.PASSIVE : data.level();
        int sync = kernel != null ? kernel.synchronizeIrql() : irql;
        return new WdfInterruptInfo(data.vector(), irql, sync, InterruptFlags.isLatched(translated.flags()) ? InterruptMode.EDGE : InterruptMode.LEVEL,
                translated.shareDisposition(), data.affinity(), data.group(), false, "Unknown");
    }

    @Override
    public WdfDevice device() {
        return device;
    }

    @Override
    public boolean isConnected() {
        return kernel != null && !inactive;
    }
}
