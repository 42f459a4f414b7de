package io.iislint.model;

/** fastCgi/application/@protocol. */
public enum FastCgiProtocol implements IisEnum {
    NAMED_PIPE("NamedPipe", 0),
    TCP("Tcp", 1);

    private final String iisName;
    private final long iisValue;

    FastCgiProtocol(String iisName, long iisValue) {
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
