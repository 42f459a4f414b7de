package io.iislint.rules.extensions;

import io.iislint.model.ConfigPath;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/**
 * IIS-812: an IIS 6 ISAPI filter that asks for raw data (SF_NOTIFY_READ_RAW_DATA, FilterFlags bit 0x8000,
 * NotifyReadRawData). IIS 6 does not load such a filter in worker process isolation mode, so what it enforces is not
 * done. FilterFlags is written once the filter has loaded: a filter without it is not judged.
 */
public final class IsapiFilterRawData implements Rule {
    static final long READ_RAW_DATA = 0x8000L;

    @Override
    public String id() {
        return "IIS-812";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.iis6().isEmpty() || config.iis6().get().iis5Mode()) return;
        for (Iis6.Filter f : config.iis6().get().filters()) {
            Value<Long> flags = f.flags();
            if (!flags.matches(n -> (n & READ_RAW_DATA) != 0)) continue;
            ctx.finding("ISAPI filter", f.name())
                    .at(f.location())
                    .message("the filter (" + f.path() + ") asks for raw request data (SF_NOTIFY_READ_RAW_DATA):"
                            + " IIS 6 does not load it in worker process isolation mode, so what it does is not done")
                    .value(new ConfigPath.MetabaseProperty(f.key(), "FilterFlags"), flags)
                    .report();
        }
    }
}
