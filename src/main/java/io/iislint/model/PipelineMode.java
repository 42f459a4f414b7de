package io.iislint.model;

/** applicationPools/add/@managedPipelineMode. */
public enum PipelineMode implements IisEnum {
    Integrated,
    Classic
}
