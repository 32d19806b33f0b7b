package vn.chungtay.ui.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.support.CatalogueService;
import vn.chungtay.app.support.Recipient;
import vn.chungtay.app.support.RecipientCriteria;
import vn.chungtay.app.support.SupportService;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * One support for many households at once (a Tết visit to every poor household of a village): the common details,
 * who receives it (commune, village or all, classes in the latest review, DTTS only), a preview of the households the
 * service finds, each of which a person may unpick or pick again, a running count and total, and one save for all of
 * them — all or nothing, so a refused household never leaves half a batch behind. Changing the criteria drops the
 * preview: what is saved is always what was shown.
 */
public final class BulkSupportViewModel {

    /** A household of the preview and whether it receives the support. */
    public static final class Choice {
        private final Recipient recipient;
        private final BooleanProperty picked = new SimpleBooleanProperty(true);

        Choice(Recipient recipient) {
            this.recipient = recipient;
        }

        public Recipient recipient() {
            return recipient;
        }

        public BooleanProperty pickedProperty() {
            return picked;
        }
    }

    private final SupportService supports;
    private final CatalogueService catalogueService;
    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;
    private final SupportDetailsViewModel details;

    private final ObservableList<AdminUnit> communes = FXCollections.observableArrayList();
    private final ObjectProperty<AdminUnit> commune = new SimpleObjectProperty<>();
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObjectProperty<Village> village = new SimpleObjectProperty<>();
    private final Map<PovertyClass, BooleanProperty> classes = new EnumMap<>(PovertyClass.class);
    private final BooleanProperty minorityOnly = new SimpleBooleanProperty();
    private final ObservableList<Choice> choices = FXCollections.observableArrayList(
            c -> new Observable[] {c.pickedProperty()});
    private final IntegerProperty pickedCount = new SimpleIntegerProperty();
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty previewed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty saved = new SimpleStringProperty("");
    private final BooleanBinding canPreview;
    private final BooleanBinding canSave;

    private List<Village> allVillages = List.of();
    private long generation;

    public BulkSupportViewModel(SupportService supports, CatalogueService catalogue, UnitService units,
                                TaskRunner tasks, Messages messages, Actor actor, LocalDate today) {
        this.supports = supports;
        this.catalogueService = catalogue;
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.details = new SupportDetailsViewModel(messages, today);
        for (PovertyClass c : PovertyClass.values()) {
            BooleanProperty ticked = new SimpleBooleanProperty();
            ticked.addListener(obs -> dropPreview());
            classes.put(c, ticked);
        }
        commune.addListener((obs, old, now) -> {
            showVillagesOf(now);
            dropPreview();
        });
        village.addListener(obs -> dropPreview());
        minorityOnly.addListener(obs -> dropPreview());
        choices.addListener((Observable obs) -> recount());
        details.amountProperty().addListener(obs -> recount());
        canPreview = Bindings.createBooleanBinding(() -> commune.get() != null && !busy.get() && !saving.get(),
                commune, busy, saving);
        canSave = Bindings.createBooleanBinding(() -> details.validProperty().get() && pickedCount.get() > 0
                && !busy.get() && !saving.get(), details.validProperty(), pickedCount, busy, saving);
    }

    /** Loads the communes the actor covers with their villages, and the catalogue; starts a blank entry. */
    public void load() {
        busy.set(true);
        boolean english = "en".equals(messages.locale().getLanguage());
        tasks.run(BackgroundTask.of(progress -> {
            UnitTree tree = units.tree();
            Set<String> codes = tree.communesUnder(actor.unitCode());
            List<AdminUnit> covered = codes.stream().map(tree::find).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(AdminUnit::code)).toList();
            return new Loaded(covered, units.villagesOf(codes),
                    new CatalogueNames(catalogueService.programmes(), catalogueService.kinds(), english));
        }).onSuccess(loaded -> {
            error.set("");
            allVillages = loaded.villages();
            details.useCatalogue(loaded.catalogue());
            details.startNew();
            communes.setAll(loaded.communes());
            commune.set(communes.isEmpty() ? null : communes.get(0));
            showVillagesOf(commune.get());
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))).andFinally(() -> busy.set(false)));
    }

    private record Loaded(List<AdminUnit> communes, List<Village> villages, CatalogueNames catalogue) {
    }

    private void showVillagesOf(AdminUnit chosen) {
        List<Village> shown = chosen == null ? List.of()
                : allVillages.stream().filter(v -> v.communeCode().equals(chosen.code())).toList();
        if (village.get() != null && !shown.contains(village.get())) {
            village.set(null);
        }
        villages.setAll(shown);
    }

    private void dropPreview() {
        generation++;
        choices.clear();
        previewed.set(false);
    }

    /** The criteria the inputs describe ({@code null} while no commune is chosen). */
    public RecipientCriteria criteria() {
        AdminUnit chosen = commune.get();
        if (chosen == null) {
            return null;
        }
        return new RecipientCriteria(chosen.code(), village.get() == null ? null : village.get().meta().id(),
                tickedClasses(),
                minorityOnly.get(), null);
    }

    private Set<PovertyClass> tickedClasses() {
        Set<PovertyClass> out = EnumSet.noneOf(PovertyClass.class);
        classes.forEach((c, ticked) -> {
            if (ticked.get()) {
                out.add(c);
            }
        });
        return out;
    }

    /** Asks the service who the criteria reach, in the background; everyone found is picked. */
    public void preview() {
        RecipientCriteria criteria = criteria();
        if (criteria == null) {
            return;
        }
        dropPreview();
        long mine = generation;
        busy.set(true);
        saved.set("");
        tasks.run(BackgroundTask.of(progress -> supports.recipients(actor, criteria)).onSuccess(found -> {
            if (mine == generation) {
                error.set("");
                choices.setAll(found.stream().map(Choice::new).toList());
                previewed.set(true);
            }
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))).andFinally(() -> busy.set(false)));
    }

    /** Picks or unpicks every household of the preview. */
    public void pickAll(boolean pick) {
        choices.forEach(c -> c.pickedProperty().set(pick));
    }

    private void recount() {
        int count = (int) choices.stream().filter(c -> c.pickedProperty().get()).count();
        pickedCount.set(count);
        total.set(count * details.amountVnd());
    }

    /**
     * Saves the support for every picked household in one transaction, in the background; {@code onSaved} gets the
     * batch. On any failure nothing is saved, and the reason shows on its field or in the error line.
     */
    public void save(Consumer<SupportService.Batch> onSaved) {
        if (!canSave.get()) {
            return;
        }
        SupportDetails typed = details.details();
        List<UUID> ids = new ArrayList<>();
        choices.stream().filter(c -> c.pickedProperty().get()).forEach(c -> ids.add(c.recipient().household().id()));
        saving.set(true);
        error.set("");
        saved.set("");
        tasks.run(BackgroundTask.of(progress -> supports.saveBatch(actor, typed, ids)).onSuccess(batch -> {
            details.markSaved();
            saved.set(messages.get("support.ui.bulk.saved", batch.events().size(),
                    SupportAmounts.vnd(batch.totalVnd(), messages)));
            dropPreview();
            onSaved.accept(batch);
        }).onError(e -> error.set(details.showFailure(e))).andFinally(() -> saving.set(false)));
    }

    public SupportDetailsViewModel details() {
        return details;
    }

    public ObservableList<AdminUnit> communes() {
        return communes;
    }

    public ObjectProperty<AdminUnit> communeProperty() {
        return commune;
    }

    public ObservableList<Village> villages() {
        return villages;
    }

    /** The chosen village; {@code null}: every village of the commune. */
    public ObjectProperty<Village> villageProperty() {
        return village;
    }

    /** Whether households of a class in their latest review are wanted; none ticked: every household. */
    public BooleanProperty classProperty(PovertyClass povertyClass) {
        return classes.get(povertyClass);
    }

    public BooleanProperty minorityOnlyProperty() {
        return minorityOnly;
    }

    /** The households of the preview. */
    public ObservableList<Choice> choices() {
        return choices;
    }

    public IntegerProperty pickedCountProperty() {
        return pickedCount;
    }

    /** Picked households × amount per household, in VND. */
    public LongProperty totalProperty() {
        return total;
    }

    /** True while the preview shows who the present criteria reach. */
    public BooleanProperty previewedProperty() {
        return previewed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** What the last save recorded, for the person to see it went through. */
    public StringProperty savedProperty() {
        return saved;
    }

    public BooleanBinding canPreviewBinding() {
        return canPreview;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /** "Đã chọn 23/25 hộ · tổng 11,50 triệu đồng". */
    public String countText() {
        return messages.get("support.ui.bulk.count", pickedCount.get(), choices.size(),
                SupportAmounts.millions(total.get(), messages), SupportAmounts.vnd(total.get(), messages));
    }
}
