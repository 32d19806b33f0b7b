package vn.chungtay.ui.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.review.ReviewService;
import vn.chungtay.app.review.StandardService;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;
import vn.chungtay.ui.unit.DateText;

/**
 * A household's reviews in every round, oldest first, as the household form's history shows them: year, kind,
 * standard, class, transition, the indicators it lacked (by name, under that round's standard), income or score,
 * reviewer and date. Texts are made here, so the view only lays them out.
 */
public final class ReviewHistoryViewModel {

    /** One round of the history, as text, with the class for its colour. */
    public record HistoryLine(String year, String kind, String standard, PovertyClass povertyClass, String classText,
                              String transition, String lacking, String evidence, String reviewer, String date) {
    }

    private final ReviewService reviews;
    private final StandardService standards;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<HistoryLine> lines = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public ReviewHistoryViewModel(ReviewService reviews, StandardService standards, TaskRunner tasks,
                                  Messages messages) {
        this.reviews = reviews;
        this.standards = standards;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Loads the household's history in the background ({@code null}: a household not yet saved has none). */
    public void load(UUID householdId) {
        if (householdId == null) {
            lines.clear();
            return;
        }
        loading.set(true);
        tasks.run(BackgroundTask.of(progress -> {
            List<ReviewService.HistoryEntry> entries = reviews.history(householdId);
            Map<String, Optional<PovertyStandard>> used = new HashMap<>();
            entries.forEach(e -> used.computeIfAbsent(e.round().standardCode(), standards::find));
            return entries.stream().map(e -> line(e.round(), e.review(),
                    used.get(e.round().standardCode()).orElse(null))).toList();
        }).onSuccess(loaded -> {
            error.set("");
            lines.setAll(loaded);
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))).andFinally(() -> loading.set(false)));
    }

    private HistoryLine line(ReviewRound round, HouseholdReview review, PovertyStandard standard) {
        boolean english = "en".equals(messages.locale().getLanguage());
        String lacking = review.details().lacking().stream()
                .map(code -> standard == null ? code : standard.details().indicator(code)
                        .map(i -> english ? i.nameEn() : i.name()).orElse(code))
                .collect(Collectors.joining("; "));
        String evidence = review.details().evidence() instanceof Evidence.Income income
                ? messages.get("history.income", income.vndPerPersonMonth())
                : messages.get("history.b1", ((Evidence.B1Score) review.details().evidence()).points());
        return new HistoryLine(Integer.toString(round.year()), messages.get(round.kind().messageKey()),
                round.standardCode(), review.povertyClass(), messages.get(review.povertyClass().messageKey()),
                messages.get(review.transition().messageKey()),
                lacking.isEmpty() ? messages.get("history.lacking.none") : lacking, evidence,
                review.details().reviewer(), DateText.format(review.details().reviewedOn()));
    }

    public ObservableList<HistoryLine> lines() {
        return lines;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
