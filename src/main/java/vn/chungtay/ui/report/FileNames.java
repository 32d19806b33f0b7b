package vn.chungtay.ui.report;

import java.util.Locale;
import vn.chungtay.domain.text.VietnameseText;

/** File names from Vietnamese names: without diacritics, lower case, words joined by hyphens ("thon-kon-klor"). */
final class FileNames {

    private FileNames() {
    }

    static String slug(String name) {
        String folded = VietnameseText.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return folded.replaceAll("^-+|-+$", "");
    }
}
