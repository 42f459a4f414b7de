package io.iislint.engine;

/**
 * A request that cannot run as asked: an unknown rule or parameter, an ill-typed parameter value, a bad glob. The
 * command line shows it as a usage error.
 */
public final class RequestError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RequestError(String message) {
        super(message);
    }
}
