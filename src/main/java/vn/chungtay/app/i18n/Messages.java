package vn.chungtay.app.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.chungtay.domain.validation.Violation;

/**
 * The texts a person reads, from the resource bundles: Vietnamese is the default bundle, English the second. Bundles
 * are looked up without falling back to the machine's locale, so an English desktop still shows Vietnamese unless
 * English is chosen.
 */
public final class Messages {

    /** The base name of the application's bundles. */
    public static final String BUNDLE = "i18n.messages";
    /** The base name of the command line's help texts (picocli's key conventions). */
    public static final String CLI_BUNDLE = "i18n.cli";

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
        this.bundle = load(BUNDLE, this.locale);
    }

    /** Loads a bundle for the locale; Vietnamese is the root bundle, so it needs no suffix. */
    public static ResourceBundle load(String baseName, Locale locale) {
        Locale lookup = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(baseName, lookup,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language code to remember for a choice of "vi" or "en"; anything else means Vietnamese. */
    public static Locale localeOf(String language) {
        return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : VIETNAMESE;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text under the key, with {0}, {1} … filled in; the key itself when missing, so a gap is visible. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A violation as a sentence. */
    public String get(Violation violation) {
        return get(violation.messageKey(), violation.args().toArray());
    }

    /** Violations, one a line, each with its place when it has one. */
    public String describe(List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        for (Violation v : violations) {
            if (out.length() > 0) {
                out.append(System.lineSeparator());
            }
            out.append(v.field()).append(": ").append(get(v));
        }
        return out.toString();
    }
}
