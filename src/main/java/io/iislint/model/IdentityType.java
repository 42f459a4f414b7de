package io.iislint.model;

/** processModel/@identityType. */
public enum IdentityType implements IisEnum {
    LOCAL_SYSTEM("LocalSystem", 0),
    LOCAL_SERVICE("LocalService", 1),
    NETWORK_SERVICE("NetworkService", 2),
    SPECIFIC_USER("SpecificUser", 3),
    APPLICATION_POOL_IDENTITY("ApplicationPoolIdentity", 4);

    private final String iisName;
    private final long iisValue;

    IdentityType(String iisName, long iisValue) {
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
