package vn.chungtay.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.review.ReviewContext;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.review.AreaLines;
import vn.chungtay.domain.review.MinorityRule;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.StandardDetails;

/**
 * What the review form shows about the household and the round without letting anyone change it: who the household
 * is, whether it counts as DTTS (derived from its members' ethnicity by the configured rule, so a reviewer sees why),
 * its class in the previous round, and the standard with the lines the class is judged by.
 */
public final class ReviewSummary {

    private final Messages messages;
    private final StringProperty household = new SimpleStringProperty("");
    private final StringProperty members = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty minority = new SimpleStringProperty("");
    private final StringProperty previous = new SimpleStringProperty("");
    private final StringProperty round = new SimpleStringProperty("");
    private final StringProperty lines = new SimpleStringProperty("");

    ReviewSummary(Messages messages) {
        this.messages = messages;
    }

    void show(ReviewContext context, HouseholdSummary summary, MinorityRule rule) {
        household.set(messages.get("review.ui.household", summary.number(), summary.headName()));
        members.set(messages.get("review.ui.members", context.household().members().size(),
                context.household().members().stream().map(m -> messages.get("review.ui.member",
                                m.details().fullName(), messages.get(m.details().relationship().messageKey()),
                                Integer.toString(m.details().birth().year())))
                        .collect(Collectors.joining(", "))));
        Area area = context.household().details().area();
        place.set(messages.get("review.ui.place", summary.villageName(), messages.get(area.messageKey())));
        minority.set(messages.get(context.suggested().ethnicMinority() ? "review.ui.minority.yes"
                : "review.ui.minority.no", messages.get(rule.messageKey())));
        previous.set(context.previous() == null ? messages.get("review.ui.previous.none")
                : messages.get("review.ui.previous", messages.get(context.previous().povertyClass().messageKey())));
        ReviewRound r = context.round();
        StandardDetails standard = context.standard().details();
        round.set(messages.get("review.ui.round", messages.get(r.kind().messageKey()), Integer.toString(r.year()),
                standard.name(), messages.get(r.status().messageKey())));
        AreaLines l = standard.lines(area);
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("review.ui.lines", messages.get(area.messageKey()), l.povertyLine(),
                standard.deprivationThreshold()));
        if (l.nearPoorLine() != null) {
            parts.add(messages.get("review.ui.lines.near-poor", l.nearPoorLine()));
        }
        if (l.b1Max() != null && standard.b2Threshold() != null) {
            parts.add(messages.get("review.ui.lines.b1", l.b1Max(), standard.b2Threshold()));
        }
        lines.set(String.join(" · ", parts));
    }

    /** "Hộ số 0107 — chủ hộ Nguyễn Văn Ánh". */
    public StringProperty householdProperty() {
        return household;
    }

    public StringProperty membersProperty() {
        return members;
    }

    /** Village and area. */
    public StringProperty placeProperty() {
        return place;
    }

    /** DTTS as derived, with the rule that derived it. */
    public StringProperty minorityProperty() {
        return minority;
    }

    public StringProperty previousProperty() {
        return previous;
    }

    public StringProperty roundProperty() {
        return round;
    }

    /** The poverty line for the household's area, the deprivation threshold and, where known, the B1/B2 ones. */
    public StringProperty linesProperty() {
        return lines;
    }
}
