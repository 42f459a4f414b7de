package io.iislint.model;

/** cpu/@action: what IIS does when a worker exceeds its CPU limit. */
public enum CpuAction implements IisEnum {
    NoAction,
    KillW3wp,
    Throttle,
    ThrottleUnderLoad
}
