package io.iislint.model;

/** applicationPools/add/@managedPipelineMode. */
public enum PipelineMode implements IisEnum {
    INTEGRATED("Integrated", 0),
    CLASSIC("Classic", 1);

    private final String iisName;
    private final long iisValue;

    PipelineMode(String iisName, long iisValue) {
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
