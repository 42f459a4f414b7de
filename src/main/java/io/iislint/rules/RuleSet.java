package io.iislint.rules;

import io.iislint.rules.asp.AspRules;
import io.iislint.rules.extensions.ExtensionRules;
import io.iislint.rules.fastcgi.FastCgiRules;
import io.iislint.rules.fastcgi.FcgiextMigrationRules;
import io.iislint.rules.health.IdleTimeout;
import io.iislint.rules.health.PingingOff;
import io.iislint.rules.health.QueueLengthHigh;
import io.iislint.rules.health.QueueLengthLow;
import io.iislint.rules.health.RapidFailIntervalLong;
import io.iislint.rules.health.RapidFailProtectionOff;
import io.iislint.rules.identity.AnonymousPasswordCleartext;
import io.iislint.rules.identity.AnonymousPasswordSync;
import io.iislint.rules.identity.AnonymousUserFixed;
import io.iislint.rules.identity.PoolAccountShared;
import io.iislint.rules.identity.PoolIdentityBuiltinShared;
import io.iislint.rules.identity.PoolIdentityLocalsystem;
import io.iislint.rules.identity.PoolPasswordCleartext;
import io.iislint.rules.identity.VdirPasswordCleartext;
import io.iislint.rules.isolation.ApplicationPoolMissing;
import io.iislint.rules.isolation.HandlerBitnessMismatch;
import io.iislint.rules.isolation.Iis5IsolationMode;
import io.iislint.rules.isolation.Pool32bit;
import io.iislint.rules.isolation.PoolSharedBySites;
import io.iislint.rules.isolation.PoolUnused;
import io.iislint.rules.recycling.RecyclingRules;
import io.iislint.rules.runtime.RuntimeRules;
import io.iislint.rules.sites.SiteRules;
import java.util.List;

/** Every rule, listed explicitly: no classpath scanning at start-up, and the order is fixed. */
public final class RuleSet {
    private RuleSet() {}

    public static List<Rule> all() {
        return List.of(
                new InvalidConfigValue(),
                new PoolIdentityLocalsystem(),
                new PoolIdentityBuiltinShared(),
                new PoolPasswordCleartext(),
                new PoolAccountShared(),
                new AnonymousUserFixed(),
                new AnonymousPasswordCleartext(),
                new VdirPasswordCleartext(),
                new AnonymousPasswordSync(),
                new PoolSharedBySites(),
                new PoolUnused(),
                new ApplicationPoolMissing(),
                new Pool32bit(),
                new HandlerBitnessMismatch(),
                new Iis5IsolationMode(),
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
                new ExtensionRules.UnlistedIsapiAllowed(),
                new ExtensionRules.UnlistedCgiAllowed(),
                new ExtensionRules.WriteAndExecute(),
                new ExtensionRules.DirectoryBrowsing(),
                new ExtensionRules.WildcardMimeMap(),
                new SiteRules.NoRootApplication(),
                new SiteRules.NoValidBinding(),
                new SiteRules.MalformedBinding(),
                new SiteRules.BindingConflict());
    }
}
