package io.iislint.model;

/** fastCgi/application/@protocol. */
public enum FastCgiProtocol implements IisEnum {
    NamedPipe,
    Tcp
}
