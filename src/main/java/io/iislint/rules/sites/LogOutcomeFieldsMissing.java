package io.iislint.rules.sites;

/**
 * IIS-1324: a site's W3C log without the custom fields the STIG asks for to tell how each request ended: the
 * Connection and Warning request headers, which the STIG views set (parameter {@code requiredCustomFields}; none by
 * default, so that {@code check} asks for them only when told).
 */
public final class LogOutcomeFieldsMissing extends CustomFieldsRule {
    public LogOutcomeFieldsMissing() {
        super("IIS-1324");
    }

    @Override
    String why(Field field) {
        return "the STIG asks for it to tell how each request ended";
    }
}
