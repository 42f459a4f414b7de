package io.iislint.model;

/** recycling/@logEventOnRecycle flags: the recycle causes IIS writes to the event log. */
public enum RecycleEvent implements IisEnum {
    TIME("Time", 1),
    REQUESTS("Requests", 2),
    SCHEDULE("Schedule", 4),
    MEMORY("Memory", 8),
    ISAPI_UNHEALTHY("IsapiUnhealthy", 16),
    ON_DEMAND("OnDemand", 32),
    CONFIG_CHANGE("ConfigChange", 64),
    PRIVATE_MEMORY("PrivateMemory", 128);

    private final String iisName;
    private final long iisValue;

    RecycleEvent(String iisName, long iisValue) {
        this.iisName = iisName;
        this.iisValue = iisValue;
    }

    @Override
    public String iisName() {
        return iisName;
    }

    @Override
    public long iisValue() {
        return iisValue;
    }
}
