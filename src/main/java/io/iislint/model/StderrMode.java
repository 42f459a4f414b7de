package io.iislint.model;

/** fastCgi/application/@stderrMode: what FastCGI does with what the application writes to stderr. */
public enum StderrMode implements IisEnum {
    RETURN_STD_ERR_IN500("ReturnStdErrIn500", 0),
    RETURN_GENERIC500("ReturnGeneric500", 1),
    IGNORE_AND_RETURN200("IgnoreAndReturn200", 2),
    TERMINATE_PROCESS("TerminateProcess", 3);

    private final String iisName;
    private final long iisValue;

    StderrMode(String iisName, long iisValue) {
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
