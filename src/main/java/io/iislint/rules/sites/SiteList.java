package io.iislint.rules.sites;

import io.iislint.model.Site;
import java.util.Locale;

/**
 * A parameter that names sites ({@code privateSites}, {@code sitesBehindProxy}): names separated by commas, compared
 * without letter case as IIS compares site names; {@code *} names every site. Empty names none, so the rule judges
 * nothing: which sites are private or behind a proxy is not written in any configuration file.
 */
final class SiteList {
    private SiteList() {}

    static boolean names(String list, Site site) {
        for (String part : list.split(",")) {
            String n = part.trim();
            if (n.equals("*")
                    || (!n.isEmpty()
                            && n.toLowerCase(Locale.ROOT).equals(site.name().toLowerCase(Locale.ROOT)))) return true;
        }
        return false;
    }
}
