package io.iislint.model;

import io.iislint.source.Location;

/**
 * A redirection.config's {@code configurationRedirection} (shared configuration): when {@code enabled}, IIS reads
 * applicationHost.config and administration.config from {@code path} (a share or folder, environment variables
 * expanded), not from the folder of redirection.config.
 */
public record Redirection(Value<Boolean> enabled, String path, Location location) {}
