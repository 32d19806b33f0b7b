package vn.chungtay.ui.support;

import java.util.List;
import java.util.Optional;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.domain.text.VietnameseCollation;

/**
 * The programmes and support kinds as loaded once for a screen, with their names in the reader's language. Records
 * store codes (permanent, while names change with a rename), so every screen that shows a record looks its names up
 * here; an unknown code shows as itself rather than as a blank.
 */
final class CatalogueNames {

    static final CatalogueNames EMPTY = new CatalogueNames(List.of(), List.of(), false);

    private final List<Programme> programmes;
    private final List<SupportKind> kinds;
    private final boolean english;

    CatalogueNames(List<Programme> programmes, List<SupportKind> kinds, boolean english) {
        this.programmes = List.copyOf(programmes);
        this.kinds = List.copyOf(kinds);
        this.english = english;
    }

    List<Programme> programmes() {
        return programmes;
    }

    List<SupportKind> kinds() {
        return kinds;
    }

    Optional<Programme> programme(String code) {
        return programmes.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    Optional<SupportKind> kind(String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** The kinds of a programme, by name in Vietnamese collation (codes mean nothing to the person choosing). */
    List<SupportKind> kindsOf(String programmeCode) {
        VietnameseCollation collation = new VietnameseCollation();
        return kinds.stream().filter(k -> k.programmeCode().equals(programmeCode))
                .sorted((a, b) -> collation.compare(name(a), name(b))).toList();
    }

    String name(Programme p) {
        return english ? p.nameEn() : p.name();
    }

    String name(SupportKind k) {
        return english ? k.nameEn() : k.name();
    }

    String programmeName(String code) {
        return programme(code).map(this::name).orElse(code);
    }

    String kindName(String code) {
        return kind(code).map(this::name).orElse(code);
    }

    /** Every programme, by name in Vietnamese collation, so a person finds one where the alphabet puts it. */
    List<Programme> programmesByName() {
        VietnameseCollation collation = new VietnameseCollation();
        return programmes.stream().sorted((a, b) -> collation.compare(name(a), name(b))).toList();
    }
}
