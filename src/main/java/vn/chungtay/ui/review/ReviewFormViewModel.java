package vn.chungtay.ui.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.review.ReviewContext;
import vn.chungtay.app.review.ReviewInput;
import vn.chungtay.app.review.ReviewService;
import vn.chungtay.app.settings.SettingsService;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.review.Classification;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.MinorityRule;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.domain.review.Transition;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;
import vn.chungtay.ui.unit.DateText;
import vn.chungtay.ui.unit.FieldErrors;

/**
 * The review form of one household in a round, buffered until saved: income or B1 score, the indicators it lacks,
 * the categories a person judges, reviewer, date and note. The class and its reason are recomputed on every change
 * with the same pure classifier the service saves with, so the reviewer sees at once why a household is poor; the
 * transition shown is a preview against the previous round (the service computes the stored one). A closed round's
 * review is shown read-only.
 */
public final class ReviewFormViewModel {

    /** Fields with their own control; the service's violations of other fields go to the general error. */
    private static final Set<String> FIELDS = Set.of("income", "b1", "reviewer", "reviewedOn", "note");

    private final ReviewService reviews;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;
    private final LocalDate today;

    private final BooleanProperty useB1 = new SimpleBooleanProperty();
    private final StringProperty income = new SimpleStringProperty("");
    private final StringProperty b1 = new SimpleStringProperty("");
    private final ObservableList<IndicatorChoice> indicators = FXCollections.observableArrayList(
            c -> new Observable[] {c.lackingProperty()});
    private final BooleanProperty noWorkCapacity = new SimpleBooleanProperty();
    private final BooleanProperty meritorious = new SimpleBooleanProperty();
    private final BooleanProperty femaleHead = new SimpleBooleanProperty();
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final StringProperty reviewedOn = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final BooleanProperty b1Available = new SimpleBooleanProperty();
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty generalError = new SimpleStringProperty("");
    private final ReviewSummary summary;
    private final ReviewResult result;
    private final FieldErrors errors;
    private final BooleanBinding canSave;

    private ReviewContext context;
    private List<Object> savedState = List.of();

    public ReviewFormViewModel(ReviewService reviews, SettingsService settings, TaskRunner tasks, Messages messages,
                               Actor actor, LocalDate today) {
        this.reviews = reviews;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.today = today;
        this.summary = new ReviewSummary(messages);
        this.result = new ReviewResult(messages);
        this.errors = new FieldErrors(messages);
        InvalidationListener recompute = obs -> recompute();
        for (Observable input : new Observable[] {useB1, income, b1, indicators, noWorkCapacity, meritorious,
            femaleHead, reviewer, reviewedOn, note}) {
            input.addListener(recompute);
        }
        canSave = Bindings.createBooleanBinding(() -> errors.map().isEmpty() && loaded.get() && !saving.get()
                && !readOnly.get(), errors.map(), loaded, saving, readOnly);
    }

    /** Loads the household's context in the round in the background; then runs whenReady. */
    public void load(UUID roundId, HouseholdSummary household, Runnable whenReady) {
        tasks.run(BackgroundTask.of(progress -> new Loaded(reviews.context(roundId, household.id()),
                        settings.minorityRule()))
                .onSuccess(result -> {
                    fill(result.context(), household, result.rule());
                    loaded.set(true);
                    whenReady.run();
                })
                .onError(error -> generalError.set(ErrorTexts.describe(error, messages))));
    }

    private record Loaded(ReviewContext context, MinorityRule rule) {
    }

    private void fill(ReviewContext loadedContext, HouseholdSummary household, MinorityRule rule) {
        context = loadedContext;
        StandardDetails standard = standard();
        var lines = standard.lines(loadedContext.household().details().area());
        b1Available.set(lines.b1Max() != null && standard.b2Threshold() != null);
        HouseholdReview existing = loadedContext.existing();
        List<String> lacking = existing == null ? List.of() : existing.details().lacking();
        boolean english = "en".equals(messages.locale().getLanguage());
        indicators.setAll(standard.indicators().stream()
                .map(i -> new IndicatorChoice(i, english, lacking.contains(i.code()))).toList());
        HouseholdCategories categories = existing == null ? loadedContext.suggested()
                : existing.details().categories();
        noWorkCapacity.set(categories.noWorkCapacity());
        meritorious.set(categories.meritorious());
        femaleHead.set(categories.femaleHead());
        income.set("");
        b1.set("");
        if (existing != null && existing.details().evidence() instanceof Evidence.B1Score score) {
            useB1.set(true);
            b1.set(Integer.toString(score.points()));
        } else {
            useB1.set(false);
            if (existing != null) {
                income.set(VndText.format(((Evidence.Income) existing.details().evidence()).vndPerPersonMonth(),
                        messages.locale()));
            }
        }
        reviewer.set(existing == null ? actor.userName() : existing.details().reviewer());
        reviewedOn.set(DateText.format(existing == null ? today : existing.details().reviewedOn()));
        note.set(existing == null ? "" : existing.details().note());
        readOnly.set(!loadedContext.round().isOpen());
        summary.show(loadedContext, household, rule);
        savedState = state();
        recompute();
    }

    private StandardDetails standard() {
        return context.standard().details();
    }

    /** Shows a typed income with the reader's grouping ("1400000" becomes "1.400.000"), when it is readable. */
    public void tidyIncome() {
        VndText.parse(income.get()).ifPresent(v -> income.set(VndText.format(v, messages.locale())));
    }

    private void recompute() {
        if (context == null) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        Evidence evidence = ReviewInputRules.evidence(useB1.get(), income.get(), b1.get(), violations);
        ReviewInputRules.checkTexts(reviewedOn.get(), reviewer.get(), note.get(), today, violations);
        Classification c = null;
        if (evidence != null) {
            try {
                c = ReviewService.classify(standard(), context.household().details().area(), evidence,
                        lackingCodes());
            } catch (ValidationException invalid) {
                violations.addAll(invalid.violations());
            }
        }
        result.show(c, c == null ? null : previewTransition(c.povertyClass()), lackingCodes().size(),
                indicators.size(), standard().deprivationThreshold());
        errors.show(violations);
        dirty.set(!state().equals(savedState));
    }

    /**
     * The transition the class would make: the stored one while the class is the saved one, else from the previous
     * round's class. Whether a household was poor in some older round (re-poor) only the service knows.
     */
    private Transition previewTransition(PovertyClass now) {
        HouseholdReview existing = context.existing();
        if (existing != null && existing.povertyClass() == now) {
            return existing.transition();
        }
        return Transition.of(context.previous() == null ? null : context.previous().povertyClass(), now, false, false);
    }

    private List<String> lackingCodes() {
        return indicators.stream().filter(c -> c.lackingProperty().get()).map(IndicatorChoice::code).toList();
    }

    private List<Object> state() {
        List<Object> state = new ArrayList<>(List.of(useB1.get(), income.get(), b1.get(), noWorkCapacity.get(),
                meritorious.get(), femaleHead.get(), reviewer.get(), reviewedOn.get(), note.get()));
        state.addAll(lackingCodes());
        return state;
    }

    /** Saves in the background; {@code onSaved} gets the stored review. Does nothing while a field is invalid. */
    public void save(Consumer<HouseholdReview> onSaved) {
        if (!canSave.get()) {
            return;
        }
        Evidence evidence = ReviewInputRules.evidence(useB1.get(), income.get(), b1.get(), new ArrayList<>());
        ReviewInput input = new ReviewInput(evidence, lackingCodes(), noWorkCapacity.get(), meritorious.get(),
                femaleHead.get(), reviewer.get(), DateText.valueOf(reviewedOn.get()), note.get());
        ReviewContext current = context;
        saving.set(true);
        generalError.set("");
        tasks.run(BackgroundTask.of(progress -> reviews.save(actor, current.round().id(), current.household().id(),
                        input))
                .onSuccess(saved -> {
                    context = new ReviewContext(current.round(), current.standard(), current.household(), saved,
                            current.previous(), current.suggested());
                    savedState = state();
                    recompute();
                    onSaved.accept(saved);
                })
                .onError(error -> generalError.set(errors.showFailure(error, FIELDS)))
                .andFinally(() -> saving.set(false)));
    }

    public BooleanProperty useB1Property() {
        return useB1;
    }

    public StringProperty incomeProperty() {
        return income;
    }

    public StringProperty b1Property() {
        return b1;
    }

    public ObservableList<IndicatorChoice> indicators() {
        return indicators;
    }

    public BooleanProperty noWorkCapacityProperty() {
        return noWorkCapacity;
    }

    public BooleanProperty meritoriousProperty() {
        return meritorious;
    }

    public BooleanProperty femaleHeadProperty() {
        return femaleHead;
    }

    public StringProperty reviewerProperty() {
        return reviewer;
    }

    public StringProperty reviewedOnProperty() {
        return reviewedOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The class, reason and transition the inputs give now. */
    public ReviewResult result() {
        return result;
    }

    /** True when the round's standard gives B1/B2 thresholds for the household's area. */
    public BooleanProperty b1AvailableProperty() {
        return b1Available;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty generalErrorProperty() {
        return generalError;
    }

    /** Messages of invalid fields by name: income, b1, reviewer, reviewedOn, note. */
    public ObservableMap<String, String> errors() {
        return errors.map();
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /** The read-only texts about the household, the round and its standard. */
    public ReviewSummary summary() {
        return summary;
    }
}
