package vn.chungtay.ui.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.support.Credit;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.domain.support.SupportRules;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.ui.unit.DateText;
import vn.chungtay.ui.unit.FieldErrors;

/**
 * The details of one support as a person types them, buffered as text: day, programme and one of its kinds, form,
 * amount, goods (item, quantity, unit), a loan's terms, funding source, period and note. One class serves the
 * single-support form and the bulk entry, so both judge the same way. It checks with the domain's own
 * {@link SupportRules} over the catalogue loaded with the screen (no database on the JavaFX thread), so a mistake shows
 * on its field as it is typed; the service checks again when saving. Choosing a kind preselects its usual form.
 */
public final class SupportDetailsViewModel {

    /** Fields with their own control; other violations (households, a record gone) belong to the screen. */
    static final Set<String> FIELDS = Set.of("date", "programme", "kind", "form", "source", "amount", "item",
            "quantity", "unit", "term", "rate", "outstanding", "periodFrom", "periodTo", "note");

    private final Messages messages;
    private final LocalDate today;
    private final FieldErrors errors;

    private final StringProperty date = new SimpleStringProperty("");
    private final ObservableList<Programme> programmes = FXCollections.observableArrayList();
    private final ObjectProperty<Programme> programme = new SimpleObjectProperty<>();
    private final ObservableList<SupportKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<SupportKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<SupportForm> form = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty item = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty term = new SimpleStringProperty("");
    private final StringProperty rate = new SimpleStringProperty("");
    private final StringProperty outstanding = new SimpleStringProperty("");
    private final ObjectProperty<FundingSource> source = new SimpleObjectProperty<>();
    private final StringProperty periodFrom = new SimpleStringProperty("");
    private final StringProperty periodTo = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanBinding goods = form.isEqualTo(SupportForm.IN_KIND);
    private final BooleanBinding credit = form.isEqualTo(SupportForm.CREDIT);
    private final StringBinding amountLabel;

    private CatalogueNames catalogue = CatalogueNames.EMPTY;
    private boolean isNew = true;
    private boolean filling;
    private SupportDetails current;
    private List<Object> savedState = List.of();

    public SupportDetailsViewModel(Messages messages, LocalDate today) {
        this.messages = messages;
        this.today = today;
        this.errors = new FieldErrors(messages);
        amountLabel = Bindings.createStringBinding(() -> amountLabelOf(form.get()), form);
        programme.addListener((obs, old, now) -> showKindsOf(now));
        kind.addListener((obs, old, now) -> {
            if (!filling && now != null) {
                form.set(now.usualForm());
            }
        });
        for (Observable input : new Observable[] {date, programme, kind, form, amount, item, quantity, unit, term,
            rate, outstanding, source, periodFrom, periodTo, note}) {
            input.addListener(obs -> recompute());
        }
    }

    /** The catalogue the combo boxes offer; a retired programme or kind is offered only to a record that uses it. */
    void useCatalogue(CatalogueNames loaded) {
        catalogue = loaded;
        Programme keep = programme.get();
        filling = true;
        programmes.setAll(loaded.programmesByName().stream().filter(p -> !p.retired() || sameCode(p, keep))
                .toList());
        programme.set(keep == null ? null : programmes.stream().filter(p -> sameCode(p, keep)).findFirst()
                .orElse(null));
        showKindsOf(programme.get());
        filling = false;
        recompute();
    }

    private static boolean sameCode(Programme a, Programme b) {
        return b != null && a.code().equals(b.code());
    }

    /** A blank new record on today's date. */
    public void startNew() {
        isNew = true;
        fill(new SupportDetails(today, "", "", null, 0, "", null, "", null, null, null, null, ""));
    }

    /** A stored record, to correct; it keeps a programme or kind retired since. */
    public void edit(SupportDetails details) {
        isNew = false;
        fill(details);
    }

    private void fill(SupportDetails d) {
        filling = true;
        date.set(DateText.format(d.date()));
        Programme p = catalogue.programme(d.programmeCode()).orElse(null);
        if (p != null && !programmes.contains(p)) {
            programmes.add(p);
        }
        programme.set(p);
        showKindsOf(p);
        SupportKind k = catalogue.kind(d.kindCode()).orElse(null);
        if (k != null && !kinds.contains(k)) {
            kinds.add(k);
        }
        kind.set(k);
        form.set(d.form());
        amount.set(d.amountVnd() == 0 && d.form() == null ? "" : SupportAmounts.grouped(d.amountVnd(), messages));
        item.set(d.item());
        quantity.set(SupportAmounts.decimal(d.quantity(), messages));
        unit.set(d.unit());
        Credit c = d.credit();
        term.set(c == null ? "" : Integer.toString(c.termMonths()));
        rate.set(c == null ? "" : SupportAmounts.decimal(c.monthlyRatePercent(), messages));
        outstanding.set(c == null ? "" : SupportAmounts.grouped(c.outstandingVnd(), messages));
        source.set(d.source());
        periodFrom.set(DateText.format(d.periodFrom()));
        periodTo.set(DateText.format(d.periodTo()));
        note.set(d.note());
        filling = false;
        recompute();
        savedState = state();
        dirty.set(false);
    }

    /**
     * The kinds of the chosen programme that take new records; the chosen kind stays if it still belongs (a combo box
     * clears its value when its items are replaced, so it is put back without preselecting its form again).
     */
    private void showKindsOf(Programme chosen) {
        SupportKind keep = kind.get();
        List<SupportKind> shown = chosen == null ? List.of() : catalogue.kindsOf(chosen.code()).stream()
                .filter(k -> !k.retired() || (keep != null && k.code().equals(keep.code()))).toList();
        boolean wasFilling = filling;
        filling = true;
        kinds.setAll(shown);
        SupportKind same = keep == null ? null
                : shown.stream().filter(k -> k.code().equals(keep.code())).findFirst().orElse(null);
        kind.set(same);
        filling = wasFilling;
        if (same == null && shown.size() == 1 && !filling) {
            // A programme with a single kind (monthly social assistance) needs no second choice.
            kind.set(shown.get(0));
        }
    }

    private void recompute() {
        if (filling) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        LocalDate day = readDate(date.get(), "date", violations);
        long vnd = readVnd(amount.get(), "amount", violations);
        SupportForm f = form.get();
        BigDecimal qty = null;
        String itemText = "";
        String unitText = "";
        if (f == SupportForm.IN_KIND) {
            itemText = item.get();
            unitText = unit.get();
            qty = blank(quantity.get()) ? null : SupportAmounts.parseDecimal(quantity.get()).orElseGet(() -> {
                violations.add(Violation.of("quantity", "support.ui.number.invalid"));
                return BigDecimal.ONE;
            });
        }
        Credit loan = f == SupportForm.CREDIT ? readCredit(violations) : null;
        LocalDate from = readDate(periodFrom.get(), "periodFrom", violations);
        LocalDate to = readDate(periodTo.get(), "periodTo", violations);
        current = new SupportDetails(day, programme.get() == null ? "" : programme.get().code(),
                kind.get() == null ? "" : kind.get().code(), f, vnd, itemText, qty, unitText, source.get(), from, to,
                loan, note.get());
        violations.addAll(new SupportRules(catalogue.programmes(), catalogue.kinds())
                .violations(SupportRules.normalise(current), today, isNew));
        errors.show(violations);
        valid.set(violations.isEmpty());
        dirty.set(!state().equals(savedState));
    }

    /** A loan's terms; none when all three are blank (the rules then ask for them). */
    private Credit readCredit(List<Violation> violations) {
        if (blank(term.get()) && blank(rate.get()) && blank(outstanding.get())) {
            return null;
        }
        // A field that does not read gets its own error; a harmless stand-in keeps the others' checks meaningful.
        int months = SupportAmounts.parseWhole(term.get()).orElseGet(() -> {
            violations.add(Violation.of("term", "support.ui.number.invalid"));
            return 1;
        });
        BigDecimal monthly = SupportAmounts.parseDecimal(rate.get()).orElseGet(() -> {
            violations.add(Violation.of("rate", "support.ui.number.invalid"));
            return BigDecimal.ZERO;
        });
        long balance = readVnd(outstanding.get(), "outstanding", violations);
        return new Credit(months, monthly, balance);
    }

    private static LocalDate readDate(String text, String field, List<Violation> violations) {
        if (!DateText.readable(text)) {
            violations.add(Violation.of(field, "support.ui.date.invalid"));
        }
        return DateText.valueOf(text);
    }

    private static long readVnd(String text, String field, List<Violation> violations) {
        if (blank(text)) {
            return 0;
        }
        Optional<Long> vnd = SupportAmounts.parseVnd(text);
        if (vnd.isEmpty()) {
            violations.add(Violation.of(field, "support.ui.amount.invalid"));
            return 0;
        }
        return vnd.get();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private List<Object> state() {
        List<Object> state = new ArrayList<>();
        for (Object o : new Object[] {date.get(), programme.get(), kind.get(), form.get(), amount.get(), item.get(),
            quantity.get(), unit.get(), term.get(), rate.get(), outstanding.get(), source.get(), periodFrom.get(),
            periodTo.get(), note.get()}) {
            state.add(o == null ? "" : o);
        }
        return state;
    }

    /** Marks the present input as saved (after a save), so leaving the form does not ask about it. */
    void markSaved() {
        savedState = state();
        dirty.set(false);
    }

    private String amountLabelOf(SupportForm f) {
        if (f == null) {
            return messages.get("support.ui.amount");
        }
        return switch (f) {
            case CASH -> messages.get("support.ui.amount");
            case IN_KIND, SERVICE -> messages.get("support.ui.amount.value");
            case CREDIT -> messages.get("support.ui.amount.loan");
            case VISIT -> messages.get("support.ui.amount.gift");
        };
    }

    /**
     * Shows a failed save: the service's violations of these fields on their controls; returns the text for the
     * screen's general error line (other violations, a refused access, a database problem), or "".
     */
    String showFailure(Throwable error) {
        return errors.showFailure(error, FIELDS);
    }

    /** The details as typed now (meaningful when {@link #validProperty()} is true). */
    public SupportDetails details() {
        return current;
    }

    /** The amount per household as typed, 0 while blank or unreadable (for the bulk entry's running total). */
    public long amountVnd() {
        return current == null ? 0 : Math.max(0, current.amountVnd());
    }

    public String kindName() {
        return kind.get() == null ? "" : catalogue.name(kind.get());
    }

    CatalogueNames catalogue() {
        return catalogue;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public ObservableList<Programme> programmes() {
        return programmes;
    }

    public ObjectProperty<Programme> programmeProperty() {
        return programme;
    }

    /** The kinds of the chosen programme. */
    public ObservableList<SupportKind> kinds() {
        return kinds;
    }

    public ObjectProperty<SupportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<SupportForm> formProperty() {
        return form;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    /** What the amount means for the chosen form: money given, estimated value, amount lent, value of the gift. */
    public StringBinding amountLabelBinding() {
        return amountLabel;
    }

    public StringProperty itemProperty() {
        return item;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty termProperty() {
        return term;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty outstandingProperty() {
        return outstanding;
    }

    public ObjectProperty<FundingSource> sourceProperty() {
        return source;
    }

    public StringProperty periodFromProperty() {
        return periodFrom;
    }

    public StringProperty periodToProperty() {
        return periodTo;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** True when goods are recorded (item, quantity, unit show). */
    public BooleanBinding goodsBinding() {
        return goods;
    }

    /** True when a loan is recorded (term, rate, balance show). */
    public BooleanBinding creditBinding() {
        return credit;
    }

    public BooleanProperty validProperty() {
        return valid;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Messages of invalid fields by name: date, programme, kind, form, source, amount, item, quantity, unit … */
    public ObservableMap<String, String> errors() {
        return errors.map();
    }
}
