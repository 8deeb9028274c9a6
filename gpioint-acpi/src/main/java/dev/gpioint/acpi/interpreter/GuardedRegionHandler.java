package dev.gpioint.acpi.interpreter;

/**
 * A region handler whose failures become AML failures: whatever it throws (a controller that is not started, a
 * device that does not answer) fails the access with AE_ERROR and the handler's reason, so the method that made
 * the access fails alone, at the offset of the term that made it.
 */
record GuardedRegionHandler(RegionHandler handler) implements RegionHandler {
    static RegionHandler of(RegionHandler handler) {
        return handler instanceof GuardedRegionHandler ? handler : new GuardedRegionHandler(handler);
    }

    @Override
    public long read(RegionAccess access) {
        try {
            return handler.read(access);
        } catch (AmlFault e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(access, e);
        }
    }

    @Override
    public void write(RegionAccess access, long value) {
        try {
            handler.write(access, value);
        } catch (AmlFault e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(access, e);
        }
    }

    @Override
    public byte[] transfer(RegionAccess access, byte[] data, boolean write) {
        try {
            return handler.transfer(access, data, write);
        } catch (AmlFault e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(access, e);
        }
    }

    private static AmlFault failure(RegionAccess access, RuntimeException e) {
        return new AmlFault(AmlStatus.AE_ERROR, "the " + RegionSpace.name(access.space()) + " handler failed " + access + ": " + e.getMessage());
    }
}
