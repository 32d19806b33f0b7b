package vn.chungtay.ui.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.support.CatalogueService;
import vn.chungtay.app.support.SupportService;
import vn.chungtay.domain.support.Credit;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;
import vn.chungtay.ui.unit.DateText;

/**
 * A household's supports, newest first, for the household form beside its review history: day, programme and kind by
 * name, form, what was given (money, or goods with quantity and unit), source, a loan's terms and the note; and the
 * commands to record one more, correct one and delete one. Texts are made here, so the pane only lays them out.
 */
public final class SupportTimelineViewModel {

    /** One support of the timeline, as text, with the record it shows. */
    public record Line(SupportEvent event, String date, String programme, String kind, String form, String given,
                       String source, String terms, String note) {
    }

    private final SupportService supports;
    private final CatalogueService catalogueService;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;
    private final LocalDate today;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> household = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private CatalogueNames catalogue = CatalogueNames.EMPTY;

    public SupportTimelineViewModel(SupportService supports, CatalogueService catalogue, TaskRunner tasks,
                                    Messages messages, Actor actor, LocalDate today) {
        this.supports = supports;
        this.catalogueService = catalogue;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.today = today;
    }

    /** Loads the household's supports and the catalogue in the background ({@code null}: not saved yet, none). */
    public void load(UUID householdId) {
        household.set(householdId);
        if (householdId == null) {
            lines.clear();
            return;
        }
        loading.set(true);
        boolean english = "en".equals(messages.locale().getLanguage());
        tasks.run(BackgroundTask.of(progress -> new Loaded(supports.timeline(householdId),
                new CatalogueNames(catalogueService.programmes(), catalogueService.kinds(), english)))
                .onSuccess(loaded -> {
                    if (!householdId.equals(household.get())) {
                        return;
                    }
                    error.set("");
                    catalogue = loaded.catalogue();
                    UUID keep = selected.get() == null ? null : selected.get().event().id();
                    List<Line> out = new ArrayList<>();
                    loaded.events().forEach(e -> out.add(line(e)));
                    lines.setAll(out);
                    selected.set(out.stream().filter(l -> l.event().id().equals(keep)).findFirst().orElse(null));
                }).onError(e -> error.set(ErrorTexts.describe(e, messages))).andFinally(() -> loading.set(false)));
    }

    private record Loaded(List<SupportEvent> events, CatalogueNames catalogue) {
    }

    private Line line(SupportEvent event) {
        SupportDetails d = event.details();
        return new Line(event, DateText.format(d.date()), catalogue.programmeName(d.programmeCode()),
                catalogue.kindName(d.kindCode()), messages.get(d.form().messageKey()), given(d),
                messages.get(d.source().messageKey()), terms(d), d.note());
    }

    /** "500.000 đồng", or for goods "2 con bò giống (≈ 30.000.000 đồng)". */
    private String given(SupportDetails d) {
        String money = SupportAmounts.vnd(d.amountVnd(), messages);
        if (d.form() == SupportForm.IN_KIND && !d.item().isEmpty()) {
            return messages.get("support.ui.timeline.goods", SupportAmounts.decimal(d.quantity(), messages),
                    d.unit(), d.item(), money);
        }
        return d.amountVnd() == 0 ? "" : money;
    }

    /** A loan's terms, or the period a support covers. */
    private String terms(SupportDetails d) {
        List<String> parts = new ArrayList<>();
        Credit c = d.credit();
        if (c != null) {
            parts.add(messages.get("support.ui.timeline.credit", c.termMonths(),
                    SupportAmounts.decimal(c.monthlyRatePercent(), messages),
                    SupportAmounts.vnd(c.outstandingVnd(), messages)));
        }
        if (d.periodFrom() != null || d.periodTo() != null) {
            parts.add(messages.get("support.ui.timeline.period", DateText.format(d.periodFrom()),
                    DateText.format(d.periodTo())));
        }
        return String.join("; ", parts);
    }

    /** The form that records one more support for the household. */
    public SupportFormViewModel newForm() {
        UUID id = household.get();
        if (id == null) {
            return null;
        }
        SupportFormViewModel form = new SupportFormViewModel(supports, tasks, messages, actor, today, id, null);
        form.details().useCatalogue(catalogue);
        form.details().startNew();
        return form;
    }

    /** The form that corrects the selected support. */
    public SupportFormViewModel editForm() {
        Line line = selected.get();
        if (line == null) {
            return null;
        }
        SupportFormViewModel form = new SupportFormViewModel(supports, tasks, messages, actor, today,
                line.event().householdId(), line.event().id());
        form.details().useCatalogue(catalogue);
        form.details().edit(line.event().details());
        return form;
    }

    /** Deletes the selected support in the background; {@code refused} gets the reason when it cannot be. */
    public void deleteSelected(Consumer<String> refused) {
        Line line = selected.get();
        if (line == null) {
            return;
        }
        tasks.run(BackgroundTask.of(progress -> {
            supports.delete(actor, line.event().id());
            return line;
        }).onSuccess(done -> reload()).onError(e -> refused.accept(ErrorTexts.describe(e, messages))));
    }

    /** Shows the timeline afresh (after a form saved). */
    public void reload() {
        load(household.get());
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    /** The household shown; {@code null} while it is not saved yet. */
    public ObjectProperty<UUID> householdProperty() {
        return household;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
