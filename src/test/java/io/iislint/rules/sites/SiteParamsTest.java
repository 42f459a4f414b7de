package io.iislint.rules.sites;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.source.Location;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The list parameters of the site rules, which a fixture's params line cannot give (it splits at commas): site names
 * (privateSites, sitesBehindProxy), approved bindings and required custom fields, several at once.
 */
class SiteParamsTest {
    private static Site site(String name) {
        return new Site(name, "1", new Location("a.config", 1, 1), Value.ofDefault(true), List.of(), List.of());
    }

    @Test
    void siteNamesAreCommaSeparatedWithoutLetterCaseAndStarIsEverySite() {
        assertThat(SiteList.names("Shop, blog", site("Blog"))).isTrue();
        assertThat(SiteList.names("Shop, blog", site("SHOP"))).isTrue();
        assertThat(SiteList.names("Shop, blog", site("Wiki"))).isFalse();
        assertThat(SiteList.names("Shop Two", site("Shop"))).isFalse();
        assertThat(SiteList.names(" , ", site("Shop"))).isFalse();
        assertThat(SiteList.names("", site("Shop"))).isFalse();
        assertThat(SiteList.names("Shop, *", site("Anything"))).isTrue();
    }

    @Test
    void approvedBindingsArePairsOrAProtocolWithAnyPort() {
        String list = "http:80, HTTPS:443, https:8443, net.tcp:*";
        assertThat(BindingPortNotApproved.approved(list, "https", 8443)).isTrue();
        assertThat(BindingPortNotApproved.approved(list, "https", 443)).isTrue();
        assertThat(BindingPortNotApproved.approved(list, "net.tcp", 9000)).isTrue();
        assertThat(BindingPortNotApproved.approved(list, "http", 8080)).isFalse();
        assertThat(BindingPortNotApproved.approved(list, "ftp", 21)).isFalse();
        assertThat(BindingPortNotApproved.approved("http", "http", 80)).isFalse();
    }

    @Test
    void netTcpPortIsReadFromItsOwnBindingInformation() {
        Location at = new Location("a.config", 1, 1);
        assertThat(BindingPortNotApproved.port(
                        new Site.Binding("net.tcp", "808:*", at, Optional.empty(), Optional.empty())))
                .contains(808);
        assertThat(BindingPortNotApproved.port(
                        new Site.Binding("net.tcp", "808:localhost", at, Optional.empty(), Optional.empty())))
                .isEmpty();
        assertThat(BindingPortNotApproved.port(
                        new Site.Binding("net.tcp", "70000:*", at, Optional.empty(), Optional.empty())))
                .isEmpty();
        assertThat(BindingPortNotApproved.port(
                        new Site.Binding("net.pipe", "*", at, Optional.empty(), Optional.empty())))
                .isEmpty();
    }

    @Test
    void requiredCustomFieldsAreTypedNamesAndABareNameIsARequestHeader() {
        assertThat(CustomFieldsRule.fields("RequestHeader:Connection, ResponseHeader:Content-Type, Warning,, "))
                .containsExactly(
                        new CustomFieldsRule.Field("RequestHeader", "Connection"),
                        new CustomFieldsRule.Field("ResponseHeader", "Content-Type"),
                        new CustomFieldsRule.Field("RequestHeader", "Warning"));
    }

    @Test
    void theFixWritesTheFlagsInIisManagersOrderKeepingThoseSet() {
        Set<String> flags = PrivateSiteRule.flags("Ssl128, sslnegotiatecert, None");
        assertThat(flags).containsExactly("ssl128", "sslnegotiatecert");
        assertThat(PrivateSiteRule.spelled(flags, "Ssl", "SslRequireCert"))
                .isEqualTo("Ssl, SslNegotiateCert, SslRequireCert, Ssl128");
        assertThat(PrivateSiteRule.spelled(PrivateSiteRule.flags("None"), "Ssl", "Ssl128"))
                .isEqualTo("Ssl, Ssl128");
    }
}
