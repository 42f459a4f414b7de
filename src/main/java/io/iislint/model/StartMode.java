package io.iislint.model;

/** applicationPools/add/@startMode. */
public enum StartMode implements IisEnum {
    ON_DEMAND("OnDemand", 0),
    ALWAYS_RUNNING("AlwaysRunning", 1);

    private final String iisName;
    private final long iisValue;

    StartMode(String iisName, long iisValue) {
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
