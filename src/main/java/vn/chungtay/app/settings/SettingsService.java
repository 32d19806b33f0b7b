package vn.chungtay.app.settings;

import java.util.Locale;
import java.util.Optional;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.store.Store;

/** Settings a person chooses for this installation, such as the language of the program. */
public final class SettingsService {

    static final String LANGUAGE = "ui.language";

    private final Store store;

    public SettingsService(Store store) {
        this.store = store;
    }

    /** The language chosen in the program, if one was. */
    public Optional<Locale> language() {
        return store.reading().settings().get(LANGUAGE).map(Messages::localeOf);
    }

    public void setLanguage(Locale locale) {
        store.run(repos -> repos.settings().put(LANGUAGE, Messages.localeOf(locale.getLanguage()).getLanguage()));
    }
}
