package vn.chungtay.app.settings;

import java.util.Locale;
import java.util.Optional;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.review.MinorityRule;
import vn.chungtay.store.Store;

/** Settings a person chooses for this installation, such as the language of the program. */
public final class SettingsService {

    static final String LANGUAGE = "ui.language";
    static final String MINORITY_RULE = "settings.minority-rule";

    private final Store store;

    public SettingsService(Store store) {
        this.store = store;
    }

    /** The language chosen in the program, if one was. */
    public Optional<Locale> language() {
        return store.reading().settings().get(LANGUAGE).map(Messages::localeOf);
    }

    /**
     * Which members make a household DTTS (DOMAIN.md §1: bodies differ). The head's ethnicity is the default, as the
     * review forms record it.
     */
    public MinorityRule minorityRule() {
        return store.reading().settings().get(MINORITY_RULE).map(MinorityRule::valueOf).orElse(MinorityRule.HEAD);
    }

    public void setMinorityRule(MinorityRule rule) {
        store.run(repos -> repos.settings().put(MINORITY_RULE, rule.name()));
    }

    public void setLanguage(Locale locale) {
        store.run(repos -> repos.settings().put(LANGUAGE, Messages.localeOf(locale.getLanguage()).getLanguage()));
    }
}
