package vn.chungtay.ui.household;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.Windows;
import vn.chungtay.ui.common.Dialogs;
import vn.chungtay.ui.common.FieldDecorations;
import vn.chungtay.ui.common.TypeAhead;
import vn.chungtay.ui.common.UnitCells;
import vn.chungtay.ui.review.ReviewHistoryPane;
import vn.chungtay.ui.support.SupportTimelinePane;

/**
 * The household form in its own window: household fields on top, one line per member below (beside them, in more
 * tabs, the household's review history and the supports it received), and the save bar.
 * Keyboard: Tab walks the fields in reading order; Enter in a member's text field goes to the next member or adds
 * one; Ctrl+S saves; Esc closes, asking first when edits are unsaved.
 */
final class HouseholdFormWindow {

    private static final String[] MEMBER_HEADERS = {"member.column.name", "member.column.sex", "member.column.birth",
        "member.column.ethnicity", "member.column.relationship", "member.column.id-type", "member.column.id-number",
        "member.column.work", "member.column.health-insurance", "member.column.note"};

    private final HouseholdFormViewModel model;
    private final Messages messages;
    private final Consumer<UUID> openHousehold;
    private final ReviewHistoryPane history;
    private final SupportTimelinePane supports;
    private final FieldDecorations decorations;
    private final GridPane memberGrid = new GridPane();
    private final Map<MemberRowViewModel, MemberRowView> rowViews = new HashMap<>();
    private Stage stage;
    private UUID householdId;
    private Consumer<Household> onSaved = saved -> { };
    private boolean closeAfterSave;

    HouseholdFormWindow(HouseholdFormViewModel model, Messages messages, Consumer<UUID> openHousehold,
                        ReviewHistoryPane history, SupportTimelinePane supports) {
        this.model = model;
        this.messages = messages;
        this.openHousehold = openHousehold;
        this.history = history;
        this.supports = supports;
        this.decorations = new FieldDecorations(model.errors());
    }

    /** Opens the form for a household ({@code null}: a new one); {@code onSaved} runs after each save. */
    void show(Window owner, UUID householdId, Consumer<Household> onSaved) {
        this.onSaved = onSaved;
        this.householdId = householdId;
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get(householdId == null ? "household.form.title.new" : "household.form.title.edit"));
        BorderPane root = new BorderPane();
        root.setPadding(new Insets(16));
        root.setTop(householdFields());
        root.setCenter(tabs());
        root.setBottom(saveBar());
        Scene scene = new Scene(root, 1340, 640);
        Windows.addStylesheet(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), this::requestClose);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN),
                () -> focusName(model.addMember()));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        root.setDisable(true);
        model.load(householdId, () -> {
            root.setDisable(false);
            layoutMembers();
            Platform.runLater(() -> root.lookup("#household-number").requestFocus());
        });
        stage.show();
    }

    private GridPane householdFields() {
        TextField number = new TextField();
        number.setId("household-number");
        number.textProperty().bindBidirectional(model.numberProperty());
        SearchableComboBox<Village> village = new SearchableComboBox<>(model.villages());
        village.setId("household-village");
        village.valueProperty().bindBidirectional(model.villageProperty());
        // The commune code tells villages of the same name apart, for clerks who see several communes.
        UnitCells.show(village, v -> model.villages().stream().anyMatch(o -> !o.communeCode().equals(v.communeCode()))
                ? v.name() + " · " + v.communeCode() : v.name(), "");
        village.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Area> area = new ComboBox<>(FXCollections.observableArrayList(Area.values()));
        area.setId("household-area");
        area.valueProperty().bindBidirectional(model.areaProperty());
        UnitCells.show(area, a -> messages.get(a.messageKey()), "");
        TypeAhead.install(area, a -> messages.get(a.messageKey()));
        TextField phone = new TextField();
        phone.setId("household-phone");
        phone.textProperty().bindBidirectional(model.phoneProperty());
        phone.setPromptText(messages.get("household.phone.prompt"));
        TextField address = new TextField();
        address.setId("household-address");
        address.textProperty().bindBidirectional(model.addressProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("household.field.number"), number, label("household.field.village"), village,
                label("household.field.area"), area);
        grid.addRow(1, label("household.field.phone"), phone, label("household.field.address"), address);
        GridPane.setColumnSpan(address, 3);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints(),
                grow);
        decorations.register("number", number);
        decorations.register("villageId", village);
        decorations.register("area", area);
        decorations.register("phone", phone);
        decorations.register("address", address);
        return grid;
    }

    /** Members, the review history and the supports, which load only when their tab is first shown. */
    private TabPane tabs() {
        Tab members = new Tab(messages.get("household.form.members"), membersSection());
        members.setClosable(false);
        Tab reviews = new Tab(messages.get("history.tab"), history.root());
        reviews.setId("household-history-tab");
        reviews.setClosable(false);
        reviews.setOnSelectionChanged(e -> {
            if (reviews.isSelected()) {
                history.show(householdId);
            }
        });
        Tab support = new Tab(messages.get("support.ui.timeline.tab"), supports.root());
        support.setId("household-support-tab");
        support.setClosable(false);
        support.setOnSelectionChanged(e -> {
            if (support.isSelected()) {
                supports.show(householdId);
            }
        });
        supports.householdText(() -> messages.get("support.ui.timeline.household", model.numberProperty().get(),
                model.members().stream().filter(m -> m.relationshipProperty().get() == Relationship.HEAD)
                        .map(m -> m.fullNameProperty().get()).findFirst().orElse("")));
        TabPane tabs = new TabPane(members, reviews, support);
        tabs.setId("household-tabs");
        BorderPane.setMargin(tabs, new Insets(12, 0, 0, 0));
        return tabs;
    }

    private VBox membersSection() {
        Button add = new Button(messages.get("household.form.add-member"));
        add.setId("member-add");
        add.setOnAction(e -> focusName(model.addMember()));
        Label hint = new Label(messages.get("household.form.keyboard-hint"));
        hint.getStyleClass().add("muted");
        Label membersError = new Label();
        membersError.getStyleClass().add("error-summary");
        membersError.textProperty().bind(Bindings.valueAt(model.errors(), "members"));
        HBox heading = new HBox(12, add, hint, membersError);
        heading.setAlignment(Pos.CENTER_LEFT);
        memberGrid.getStyleClass().add("member-grid");
        memberGrid.setHgap(6);
        memberGrid.setVgap(6);
        memberGrid.setPadding(new Insets(4, 16, 4, 4));
        model.members().addListener((ListChangeListener<MemberRowViewModel>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                layoutMembers();
            }
        });
        ScrollPane scroll = new ScrollPane(memberGrid);
        scroll.setFitToHeight(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(8, heading, scroll);
        box.setPadding(new Insets(12, 0, 12, 0));
        return box;
    }

    private void layoutMembers() {
        memberGrid.getChildren().clear();
        decorations.unregisterPrefix("members[");
        for (int c = 0; c < MEMBER_HEADERS.length; c++) {
            Label header = new Label(messages.get(MEMBER_HEADERS[c]));
            header.getStyleClass().add("column-header");
            // Headers wrap within their column, so a long one ("Quan hệ với chủ hộ") does not widen the grid.
            header.setWrapText(true);
            header.setPrefWidth(MemberRowView.COLUMN_WIDTHS[c]);
            header.setMinWidth(Region.USE_PREF_SIZE);
            memberGrid.add(header, c + 1, 0);
        }
        List<MemberRowViewModel> rows = model.members();
        rowViews.keySet().retainAll(rows);
        for (int i = 0; i < rows.size(); i++) {
            MemberRowViewModel row = rows.get(i);
            MemberRowView view = rowViews.computeIfAbsent(row, r -> newRowView(r));
            Label index = new Label(Integer.toString(i + 1));
            index.getStyleClass().add("muted");
            memberGrid.addRow(i + 1, index, view.fullName, view.sex, view.birth, view.ethnicity, view.relationship,
                    view.idType, view.idCell, view.workStatus, view.healthInsurance, view.note, view.remove);
            String prefix = "members[" + i + "].";
            view.fields().forEach(f -> decorations.register(prefix + f.getKey(), f.getValue()));
            view.fullName.setId("member-name-" + i);
            view.birth.setId("member-birth-" + i);
            view.idNumber.setId("member-id-" + i);
            view.sex.setId("member-sex-" + i);
            view.ethnicity.setId("member-ethnicity-" + i);
            view.relationship.setId("member-relationship-" + i);
            view.idType.setId("member-id-type-" + i);
            view.workStatus.setId("member-work-" + i);
        }
    }

    private MemberRowView newRowView(MemberRowViewModel row) {
        MemberRowView view = new MemberRowView(row, model.ethnicGroups(), messages, openHousehold);
        view.remove.setOnAction(e -> model.removeMember(row));
        for (TextField field : view.textFields()) {
            field.setOnAction(e -> nextRow(row));
        }
        return view;
    }

    /** Enter in a member row: to the next row's name, or a new row when this is the last. */
    private void nextRow(MemberRowViewModel row) {
        int index = model.members().indexOf(row);
        if (index == model.members().size() - 1) {
            focusName(model.addMember());
        } else {
            focusName(model.members().get(index + 1));
        }
    }

    private void focusName(MemberRowViewModel row) {
        Platform.runLater(() -> {
            MemberRowView view = rowViews.get(row);
            if (view != null) {
                view.fullName.requestFocus();
            }
        });
    }

    private VBox saveBar() {
        Label summary = new Label();
        summary.setId("form-error-summary");
        summary.getStyleClass().add("error-summary");
        model.errors().addListener((MapChangeListener<String, String>) c -> summary.setText(summaryText()));
        summary.setText(summaryText());
        Label general = new Label();
        general.getStyleClass().add("error-summary");
        general.textProperty().bind(model.generalErrorProperty());
        general.setWrapText(true);
        Button save = new Button(messages.get("household.form.save"));
        save.setId("household-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.canSaveBinding().not());
        save.setOnAction(e -> save());
        Button close = new Button(messages.get("household.form.close"));
        close.setId("household-close");
        close.setOnAction(e -> requestClose());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, summary, spacer, save, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, general, buttons);
    }

    private String summaryText() {
        int count = model.errors().size();
        if (count == 0) {
            return "";
        }
        String first = model.errors().values().iterator().next();
        return messages.get("household.form.errors", count, first);
    }

    private void save() {
        if (!model.canSaveBinding().get()) {
            decorations.showAll();
            return;
        }
        model.save(saved -> {
            householdId = saved.id();
            stage.setTitle(messages.get("household.form.title.edit"));
            onSaved.accept(saved);
            if (closeAfterSave) {
                stage.close();
            }
        });
    }

    private void requestClose() {
        if (!model.dirtyProperty().get()) {
            stage.close();
            return;
        }
        switch (Dialogs.unsavedChanges(stage, messages, model.canSaveBinding().get())) {
            case SAVE -> {
                closeAfterSave = true;
                save();
            }
            case DISCARD -> stage.close();
            case STAY -> decorations.showAll();
        }
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
