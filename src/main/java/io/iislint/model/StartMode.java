package io.iislint.model;

/** applicationPools/add/@startMode. */
public enum StartMode implements IisEnum {
    OnDemand,
    AlwaysRunning
}
