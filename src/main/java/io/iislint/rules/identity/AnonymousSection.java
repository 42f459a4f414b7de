package io.iislint.rules.identity;

/** The section the anonymous-user rules (IIS-105, IIS-106) report on. */
final class AnonymousSection {
    /** Its path below {@code system.webServer}. */
    static final String PATH = "security/authentication/anonymousAuthentication";

    private AnonymousSection() {}
}
