package io.iislint.audit;

import io.iislint.audit.appservice.AppPool;
import io.iislint.audit.appservice.AppPoolIdentity;
import io.iislint.audit.appservice.Auth;
import io.iislint.audit.appservice.ConnectionStrings;
import io.iislint.audit.appservice.Framework;
import io.iislint.audit.appservice.GlobalModule;
import io.iislint.audit.appservice.HttpsBinding;
import io.iislint.audit.appservice.IsapiFilter;
import io.iislint.audit.appservice.LocationTag;
import io.iislint.audit.appservice.Protocol;
import io.iislint.audit.appservice.TcpPort;
import io.iislint.audit.appservice.VirtualDirectory;
import io.iislint.audit.iis10.BuiltInPoolIdentity;
import io.iislint.audit.iis10.ClassicPipeline;
import io.iislint.audit.iis10.Clr11;
import io.iislint.audit.iis10.CustomIsapiFilters;
import io.iislint.audit.iis10.FcgiextSettings;
import io.iislint.audit.iis10.Iis5IsolationMode;
import io.iislint.audit.iis10.LegacyAccounts;
import io.iislint.audit.iis10.LocalSystemPool;
import io.iislint.audit.iis10.ThirtyTwoBit;
import java.util.List;

/** Every readiness check, listed explicitly: the order is the order every audit format shows them in. */
public final class ReadinessChecks {
    private ReadinessChecks() {}

    private static final List<ReadinessCheck> ALL = List.of(
            new Iis5IsolationMode(),
            new LegacyAccounts(),
            new FcgiextSettings(),
            new Clr11(),
            new ThirtyTwoBit(),
            new ClassicPipeline(),
            new LocalSystemPool(),
            new BuiltInPoolIdentity(),
            new CustomIsapiFilters(),
            new HttpsBinding(),
            new Protocol(),
            new TcpPort(),
            new LocationTag(),
            new AppPool(),
            new AppPoolIdentity(),
            new VirtualDirectory(),
            new GlobalModule(),
            new IsapiFilter(),
            new Auth(),
            new Framework(),
            new ConnectionStrings());

    /** The checks hold no state: one list serves every audit. */
    public static List<ReadinessCheck> all() {
        return ALL;
    }
}
