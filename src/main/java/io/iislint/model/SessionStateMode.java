package io.iislint.model;

/** system.web/sessionState/@mode (ASPNET_schema.xml): where ASP.NET keeps session state. */
public enum SessionStateMode implements IisEnum {
    Off,
    InProc,
    StateServer,
    SQLServer,
    Custom;

    /** Whether sessions live in the worker process, and are lost or split when there are several. */
    public boolean inProcess() {
        return this == InProc;
    }
}
