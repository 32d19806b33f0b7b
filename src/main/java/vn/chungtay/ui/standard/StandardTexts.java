package vn.chungtay.ui.standard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.StandardDetails;

/**
 * How the standards screen writes a standard: amounts as people read them ("1.500.000 đ"), an absent threshold as a
 * dash, the rule in words, an indicator's name in the reader's language, and the fields of the correction log.
 */
final class StandardTexts {

    /** What an absent threshold reads as. */
    static final String NONE = "—";

    /** The register works in Vietnam's time, wherever the computer's clock is set. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Messages messages;

    StandardTexts(Messages messages) {
        this.messages = messages;
    }

    String money(Long vnd) {
        return vnd == null ? NONE : messages.get("standard.money", vnd);
    }

    String score(Integer points) {
        return points == null ? NONE : String.valueOf(points);
    }

    String area(Area area) {
        return messages.get(area.messageKey());
    }

    String years(StandardDetails d) {
        return d.firstYear() == d.lastYear() ? String.valueOf(d.firstYear()) : d.firstYear() + "–" + d.lastYear();
    }

    /** The rule in words, with the standard's own threshold. */
    String rule(StandardDetails d) {
        return switch (d.rule()) {
            case INCOME_OR_DEPRIVATION -> messages.get("standard.rule.income-or-deprivation",
                    d.deprivationThreshold());
            case INCOME_AND_DEPRIVATION -> messages.get("standard.rule.income-and-deprivation",
                    d.deprivationThreshold());
        };
    }

    /** The B1/B2 scoring in words, or "" where the standard gives no B2 threshold. */
    String scoring(StandardDetails d) {
        return d.b2Threshold() == null ? ""
                : messages.get("standard.rule.scores", d.pointsPerIndicator(), d.b2Threshold());
    }

    /** Legal texts are Vietnamese; an English reader gets the English name where there is one. */
    String indicatorName(Indicator indicator) {
        return "en".equals(messages.locale().getLanguage()) ? indicator.nameEn() : indicator.name();
    }

    String when(Instant at) {
        return WHEN.format(at.atZone(VIETNAM));
    }

    /** A field of the correction log ("lines.rural.povertyLine", "indicator.water" …) as a person reads it. */
    String field(String field) {
        if (field.startsWith("indicator.")) {
            return messages.get("standard.field.indicator", field.substring("indicator.".length()));
        }
        if (field.startsWith("lines.")) {
            String[] parts = field.split("\\.");
            if (parts.length == 3) {
                Area area = parts[1].equalsIgnoreCase("urban") ? Area.URBAN : Area.RURAL;
                return lineLabel(parts[2]) + " (" + area(area) + ")";
            }
        }
        return switch (field) {
            case "name" -> messages.get("standard.field.name");
            case "legalBasis" -> messages.get("standard.field.legal-basis");
            case "years" -> messages.get("standard.field.years");
            case "provisional" -> messages.get("standard.field.provisional");
            case "rule" -> messages.get("standard.field.rule");
            case "deprivationThreshold" -> messages.get("standard.field.threshold");
            case "pointsPerIndicator" -> messages.get("standard.field.points-per-indicator");
            case "b2Threshold" -> messages.get("standard.field.b2-threshold");
            default -> field;
        };
    }

    /** The label of one of an area's thresholds. */
    String lineLabel(String line) {
        return switch (line) {
            case "povertyLine" -> messages.get("standard.line.poverty");
            case "nearPoorLine" -> messages.get("standard.line.near-poor");
            case "averageUpper" -> messages.get("standard.line.average-upper");
            case "b1Max" -> messages.get("standard.line.b1-max");
            default -> line;
        };
    }

    /** A logged value: amounts of money formatted, an empty value as a dash, the rest as logged. */
    String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return NONE;
        }
        boolean money = field.startsWith("lines.") && !field.endsWith(".b1Max");
        if (money && value.matches("\\d{1,15}")) {
            return money(Long.parseLong(value));
        }
        return value;
    }
}
