package io.iislint.rules;

import io.iislint.rules.asp.AspLimitsRaised;
import io.iislint.rules.asp.AspParentPaths;
import io.iislint.rules.asp.AspScriptErrorsToBrowser;
import io.iislint.rules.config.InvalidValue;
import io.iislint.rules.extensions.DirectoryBrowsing;
import io.iislint.rules.extensions.HandlerWriteAndExecute;
import io.iislint.rules.extensions.MimeWildcard;
import io.iislint.rules.extensions.UnlistedCgiAllowed;
import io.iislint.rules.extensions.UnlistedIsapiAllowed;
import io.iislint.rules.fastcgi.FastcgiApplicationWithoutHandler;
import io.iislint.rules.fastcgi.FastcgiHandlerWithoutApplication;
import io.iislint.rules.fastcgi.FastcgiMaxRequestsAbovePhp;
import io.iislint.rules.fastcgi.FastcgiNoTerminateSignal;
import io.iislint.rules.fastcgi.FastcgiResponseBuffered;
import io.iislint.rules.fastcgi.FastcgiStderrToClient;
import io.iislint.rules.fastcgi.FcgiextNeedsFastcgi15;
import io.iislint.rules.fastcgi.FcgiextSettingDropped;
import io.iislint.rules.health.IdleTimeout;
import io.iislint.rules.health.PingingOff;
import io.iislint.rules.health.QueueLengthHigh;
import io.iislint.rules.health.QueueLengthLow;
import io.iislint.rules.health.RapidFailIntervalLong;
import io.iislint.rules.health.RapidFailProtectionOff;
import io.iislint.rules.identity.IdentityRules;
import io.iislint.rules.isolation.IsolationRules;
import io.iislint.rules.recycling.RecyclingRules;
import io.iislint.rules.runtime.RuntimeRules;
import io.iislint.rules.sites.SiteRules;
import java.util.List;

/** Every rule, listed explicitly: no classpath scanning at start-up, and the order is fixed. */
public final class RuleSet {
    private RuleSet() {}

    public static List<Rule> all() {
        return List.of(
                new InvalidValue(),
                new IdentityRules.LocalSystem(),
                new IdentityRules.SharedBuiltInAccount(),
                new IdentityRules.ClearTextPoolPassword(),
                new IdentityRules.SharedPoolAccount(),
                new IdentityRules.AnonymousFixedUser(),
                new IdentityRules.AnonymousClearTextPassword(),
                new IdentityRules.VirtualDirectoryClearTextPassword(),
                new IdentityRules.AnonymousPasswordSync(),
                new IsolationRules.PoolSharedBySites(),
                new IsolationRules.UnusedPool(),
                new IsolationRules.MissingPool(),
                new IsolationRules.ThirtyTwoBitPool(),
                new IsolationRules.BitnessMismatch(),
                new IsolationRules.Iis5IsolationMode(),
                new FastcgiResponseBuffered(),
                new FastcgiHandlerWithoutApplication(),
                new FastcgiApplicationWithoutHandler(),
                new FastcgiNoTerminateSignal(),
                new FastcgiMaxRequestsAbovePhp(),
                new FastcgiStderrToClient(),
                new FcgiextSettingDropped(),
                new FcgiextNeedsFastcgi15(),
                new AspParentPaths(),
                new AspScriptErrorsToBrowser(),
                new AspLimitsRaised(),
                new RecyclingRules.NeverRecycles(),
                new RecyclingRules.RequestLimitUnset(),
                new RecyclingRules.MemoryLimitUnset(),
                new RecyclingRules.RecycleNotLogged(),
                new RecyclingRules.WebGarden(),
                new RapidFailProtectionOff(),
                new RapidFailIntervalLong(),
                new QueueLengthHigh(),
                new QueueLengthLow(),
                new IdleTimeout(),
                new PingingOff(),
                new RuntimeRules.ClassicPipeline(),
                new RuntimeRules.LegacyClr(),
                new RuntimeRules.CpuLimitKillsWorker(),
                new RuntimeRules.ConfigOverrideDisabled(),
                new UnlistedIsapiAllowed(),
                new UnlistedCgiAllowed(),
                new HandlerWriteAndExecute(),
                new DirectoryBrowsing(),
                new MimeWildcard(),
                new SiteRules.NoRootApplication(),
                new SiteRules.NoValidBinding(),
                new SiteRules.MalformedBinding(),
                new SiteRules.BindingConflict());
    }
}
