package io.iislint.model;

/** handlers/@accessPolicy flags. */
public enum AccessFlag implements IisEnum {
    READ("Read", 1),
    WRITE("Write", 2),
    EXECUTE("Execute", 4),
    SOURCE("Source", 16),
    SCRIPT("Script", 512),
    NO_REMOTE_WRITE("NoRemoteWrite", 1024),
    NO_REMOTE_READ("NoRemoteRead", 4096),
    NO_REMOTE_EXECUTE("NoRemoteExecute", 8192),
    NO_REMOTE_SCRIPT("NoRemoteScript", 16384);

    private final String iisName;
    private final long iisValue;

    AccessFlag(String iisName, long iisValue) {
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
