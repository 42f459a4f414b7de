package io.iislint.audit;

import io.iislint.model.Value;
import io.iislint.source.Location;
import java.util.List;

/**
 * One readiness check of the audit: judges one site for one target. Its catalog entry (category migration, id
 * {@code MIG-1nn} for IIS 10, {@code MIG-2nn} for App Service) holds the rationale, references and examples; its
 * class is named after that entry's name, and that name in CamelCase is the id every audit format shows.
 */
public abstract class ReadinessCheck {
    private final String id;
    private final Target target;

    protected ReadinessCheck(String id, Target target) {
        this.id = id;
        this.target = target;
    }

    /** The catalog id, {@code MIG-101}. */
    public final String id() {
        return id;
    }

    /** The id the audit shows, {@code Iis5IsolationMode}: the class's name, which is its catalog name in CamelCase. */
    public final String name() {
        return getClass().getSimpleName();
    }

    public final Target target() {
        return target;
    }

    /** Whether the site has anything for this check to judge; one that does not is left out of its readiness. */
    public boolean appliesTo(SiteFacts site) {
        return true;
    }

    public abstract Audit.Check evaluate(SiteFacts site);

    protected final Audit.Check pass(String detail) {
        return pass(detail, List.of());
    }

    /** A pass that rests on a line: a setting written down, not merely nothing found. */
    protected final Audit.Check pass(String detail, List<Location> evidence) {
        return new Audit.Check(name(), Audit.Result.PASS, detail, evidence);
    }

    protected final Audit.Check fail(String detail, List<Location> evidence) {
        return new Audit.Check(name(), Audit.Result.FAIL, detail, evidence);
    }

    protected final Audit.Check warn(String detail, List<Location> evidence) {
        return new Audit.Check(name(), Audit.Result.WARN, detail, evidence);
    }

    protected final Audit.Check info(String detail, List<Location> evidence) {
        return new Audit.Check(name(), Audit.Result.INFO, detail, evidence);
    }

    protected final Audit.Check unknown(String detail, List<Location> evidence) {
        return new Audit.Check(name(), Audit.Result.UNKNOWN, detail, evidence);
    }

    /** The line a value rests on: where it is written, or the element that could have written it. */
    protected static List<Location> at(Value<?> v, Location fallback) {
        return List.of(v.location().orElse(fallback));
    }
}
