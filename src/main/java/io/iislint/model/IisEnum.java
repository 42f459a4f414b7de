package io.iislint.model;

/** An enumeration or flag from the IIS schema: its name as IIS spells it, and its numeric value. */
public interface IisEnum {
    String iisName();

    long iisValue();
}
