package io.iislint.model;

/** recycling/@logEventOnRecycle flags (Time = 1, Requests = 2, … PrivateMemory = 128). */
public enum RecycleEvent implements IisEnum.Flag {
    Time,
    Requests,
    Schedule,
    Memory,
    IsapiUnhealthy,
    OnDemand,
    ConfigChange,
    PrivateMemory
}
