package io.iislint.model;

/** processModel/@identityType. */
public enum IdentityType implements IisEnum {
    LocalSystem,
    LocalService,
    NetworkService,
    SpecificUser,
    ApplicationPoolIdentity
}
