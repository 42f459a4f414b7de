package io.iislint.model;

import io.iislint.source.Location;
import java.util.List;

/**
 * What a migration needs to know beyond the hardening settings: ISAPI filters, global modules, connection
 * strings (names only, never their text) and authentication methods other than anonymous, each where it is
 * written. Read from IIS 7+ files and from an IIS 6 metabase alike.
 */
public record Inventory(
        List<Component> isapiFilters,
        List<Component> globalModules,
        List<Component> connectionStrings,
        List<Authentication> authentication) {

    public static final Inventory EMPTY = new Inventory(List.of(), List.of(), List.of(), List.of());

    public Inventory {
        isapiFilters = List.copyOf(isapiFilters);
        globalModules = List.copyOf(globalModules);
        connectionStrings = List.copyOf(connectionStrings);
        authentication = List.copyOf(authentication);
    }

    /** {@code scope} is the configuration path or metabase key it is written at; {@code path} the DLL, if any. */
    public record Component(String name, String path, String scope, Location location) {}

    /** An authentication method switched on ({@code Basic}, {@code Windows}, {@code Digest}, …) at a scope. */
    public record Authentication(String method, String scope, Location location) {}
}
