package io.iislint.rules.sites;

/**
 * IIS-1325: a site's W3C log without the custom fields the STIG asks for to tell who made each request: the
 * Authorization request header and the Content-Type response header, which the STIG views set (parameter
 * {@code requiredCustomFields}; none by default, so that {@code check} asks for them only when told).
 * Logging Authorization writes basic-authentication passwords and bearer tokens into the log: the message says so.
 */
public final class LogIdentityFieldsMissing extends CustomFieldsRule {
    public LogIdentityFieldsMissing() {
        super("IIS-1325");
    }

    @Override
    String why(Field field) {
        if (field.sourceName().equalsIgnoreCase("Authorization"))
            return "the STIG asks for it to tell who made each request (it writes basic-authentication passwords"
                    + " and bearer tokens into the log: keep the log folder to administrators)";
        return "the STIG asks for it to tell who made each request";
    }
}
