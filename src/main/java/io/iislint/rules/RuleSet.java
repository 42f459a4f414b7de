package io.iislint.rules;

import io.iislint.rules.asp.AspRules;
import io.iislint.rules.config.InvalidValue;
import io.iislint.rules.extensions.ExtensionRules;
import io.iislint.rules.fastcgi.FastCgiRules;
import io.iislint.rules.fastcgi.FcgiextMigrationRules;
import io.iislint.rules.health.IdleTimeout;
import io.iislint.rules.health.PingingOff;
import io.iislint.rules.health.QueueLengthHigh;
import io.iislint.rules.health.QueueLengthLow;
import io.iislint.rules.health.RapidFailIntervalLong;
import io.iislint.rules.health.RapidFailProtectionOff;
import io.iislint.rules.identity.IdentityRules;
import io.iislint.rules.isolation.IsolationRules;
import io.iislint.rules.recycling.PoolMemoryLimitUnset;
import io.iislint.rules.recycling.PoolNeverRecycles;
import io.iislint.rules.recycling.PoolRecycleNotLogged;
import io.iislint.rules.recycling.PoolRequestLimitUnset;
import io.iislint.rules.recycling.PoolWebGarden;
import io.iislint.rules.runtime.ClassicPipeline;
import io.iislint.rules.runtime.ConfigOverrideDisabled;
import io.iislint.rules.runtime.CpuLimitKillsWorker;
import io.iislint.rules.runtime.LegacyClr;
import io.iislint.rules.sites.BindingConflict;
import io.iislint.rules.sites.BindingMalformed;
import io.iislint.rules.sites.SiteNoRootApplication;
import io.iislint.rules.sites.SiteNoValidBinding;
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
                new FastCgiRules.ResponseBuffered(),
                new FastCgiRules.HandlerWithoutApplication(),
                new FastCgiRules.ApplicationWithoutHandler(),
                new FastCgiRules.NoTerminateSignal(),
                new FastCgiRules.MaxRequestsAbovePhp(),
                new FastCgiRules.StderrToClient(),
                new FcgiextMigrationRules.SettingDropped(),
                new FcgiextMigrationRules.NeedsFastCgi15(),
                new AspRules.ParentPaths(),
                new AspRules.ScriptErrorsToBrowser(),
                new AspRules.LimitsRaised(),
                new PoolNeverRecycles(),
                new PoolRequestLimitUnset(),
                new PoolMemoryLimitUnset(),
                new PoolRecycleNotLogged(),
                new PoolWebGarden(),
                new RapidFailProtectionOff(),
                new RapidFailIntervalLong(),
                new QueueLengthHigh(),
                new QueueLengthLow(),
                new IdleTimeout(),
                new PingingOff(),
                new ClassicPipeline(),
                new LegacyClr(),
                new CpuLimitKillsWorker(),
                new ConfigOverrideDisabled(),
                new ExtensionRules.UnlistedIsapiAllowed(),
                new ExtensionRules.UnlistedCgiAllowed(),
                new ExtensionRules.WriteAndExecute(),
                new ExtensionRules.DirectoryBrowsing(),
                new ExtensionRules.WildcardMimeMap(),
                new SiteNoRootApplication(),
                new SiteNoValidBinding(),
                new BindingMalformed(),
                new BindingConflict());
    }
}
