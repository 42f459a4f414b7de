package io.iislint.model;

/** handlers/@accessPolicy flags; their bit values are not in declaration order, so each states its own. */
public enum AccessFlag implements IisEnum.Flag {
    Read(1),
    Write(2),
    Execute(4),
    Source(16),
    Script(512),
    NoRemoteWrite(1024),
    NoRemoteRead(4096),
    NoRemoteExecute(8192),
    NoRemoteScript(16384);

    private final long bit;

    AccessFlag(long bit) {
        this.bit = bit;
    }

    @Override
    public long iisValue() {
        return bit;
    }
}
