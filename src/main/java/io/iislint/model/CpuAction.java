package io.iislint.model;

/** cpu/@action: what IIS does when a worker exceeds its CPU limit. */
public enum CpuAction implements IisEnum {
    NO_ACTION("NoAction", 0),
    KILL_W3WP("KillW3wp", 1),
    THROTTLE("Throttle", 2),
    THROTTLE_UNDER_LOAD("ThrottleUnderLoad", 3);

    private final String iisName;
    private final long iisValue;

    CpuAction(String iisName, long iisValue) {
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
