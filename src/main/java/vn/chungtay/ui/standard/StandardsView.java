package vn.chungtay.ui.standard;

import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.review.MinorityRule;
import vn.chungtay.ui.standard.StandardsViewModel.ChangeLine;
import vn.chungtay.ui.standard.StandardsViewModel.IndicatorGroup;
import vn.chungtay.ui.standard.StandardsViewModel.IndicatorLine;
import vn.chungtay.ui.standard.StandardsViewModel.LineRow;
import vn.chungtay.ui.standard.StandardsViewModel.StandardItem;

/**
 * The poverty standards screen: the standards on the left (with a badge on provisional ones) and the setting that
 * says which households count as ethnic-minority households; on the right the selected standard in full: legal basis,
 * rule in words, thresholds per area, indicators by dimension with their definitions, the correction form's button
 * for a provisional standard, and the log of corrections.
 */
public final class StandardsView {

    private final StandardsViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final ListView<StandardItem> list = new ListView<>();

    public StandardsView(StandardsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
        model.load();
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("screen");
        Label title = new Label(messages.get("standard.screen.title"));
        title.getStyleClass().add("screen-title");
        Label hint = new Label(messages.get("standard.screen.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.getStyleClass().add("error-summary");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label loading = new Label(messages.get("standard.loading"));
        loading.getStyleClass().add("muted");
        loading.visibleProperty().bind(model.busyProperty());
        loading.managedProperty().bind(loading.visibleProperty());

        VBox left = new VBox(12, buildList(), minorityRuleSection());
        left.setMinWidth(260);
        VBox.setVgrow(list, Priority.ALWAYS);
        ScrollPane details = new ScrollPane(detailsSection());
        details.setFitToWidth(true);
        details.setId("standard-details-scroll");
        // Another standard starts at its top; the same one, reloaded after a correction, stays where it was.
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.code().equals(now.code()))) {
                details.setVvalue(0);
            }
        });
        SplitPane split = new SplitPane(left, details);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(left, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(title, hint, error, loading, split);
    }

    private ListView<StandardItem> buildList() {
        list.setId("standards-list");
        list.setItems(model.items());
        list.setCellFactory(view -> new StandardCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        return list;
    }

    private Node minorityRuleSection() {
        Label heading = new Label(messages.get("standard.minority-rule.title"));
        heading.getStyleClass().add("section-title");
        Label explanation = new Label(messages.get("standard.minority-rule.hint"));
        explanation.getStyleClass().add("muted");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        // Radio buttons rather than a combo box: the three rules are sentences, and they wrap.
        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox(6);
        options.setId("minority-rule");
        for (MinorityRule r : model.minorityRules()) {
            RadioButton option = new RadioButton(messages.get(r.messageKey()));
            option.setId("minority-rule-" + r.name().toLowerCase().replace('_', '-'));
            option.setWrapText(true);
            option.setMinHeight(Region.USE_PREF_SIZE);
            option.setUserData(r);
            option.setToggleGroup(group);
            options.getChildren().add(option);
        }
        Runnable showRule = () -> group.getToggles().forEach(t -> t.setSelected(
                t.getUserData() == model.minorityRuleProperty().get()));
        model.minorityRuleProperty().addListener((obs, old, now) -> showRule.run());
        showRule.run();
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.minorityRuleProperty().set((MinorityRule) now.getUserData());
            }
        });
        Label saved = new Label();
        saved.getStyleClass().add("muted");
        saved.setWrapText(true);
        saved.setMinHeight(Region.USE_PREF_SIZE);
        saved.textProperty().bind(model.minorityRuleStatusProperty());
        return new VBox(6, heading, explanation, options, saved);
    }

    private Node detailsSection() {
        Label name = new Label();
        name.setId("standard-name");
        name.setMinHeight(Region.USE_PREF_SIZE);
        name.getStyleClass().add("standard-title");
        name.setWrapText(true);
        name.textProperty().bind(model.titleProperty());
        Label status = new Label();
        status.setId("standard-status");
        status.getStyleClass().add("standard-badge");
        status.textProperty().bind(model.statusProperty());
        model.selectedProperty().addListener((obs, old, now) -> {
            status.getStyleClass().remove("provisional");
            if (now != null && now.provisional()) {
                status.getStyleClass().add("provisional");
            }
        });

        GridPane facts = new GridPane();
        facts.setHgap(16);
        // Rows are spaced by margins, not the grid's gap, so a hidden row leaves no hole.
        facts.setVgap(0);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(labels, values);
        fact(facts, 0, "standard.detail.years", "", "standard-years")
                .textProperty().bind(model.yearsProperty());
        fact(facts, 1, "standard.detail.legal-basis", "", "standard-legal-basis").textProperty()
                .bind(model.legalBasisProperty());
        fact(facts, 2, "standard.detail.rule", "", "standard-rule").textProperty().bind(model.ruleProperty());
        Label scoring = fact(facts, 3, "standard.detail.scoring", "", "standard-scoring");
        scoring.textProperty().bind(model.scoringProperty());
        fact(facts, 4, "standard.detail.threshold", "", "standard-threshold").textProperty()
                .bind(model.thresholdProperty());

        GridPane lines = new GridPane();
        lines.setId("standard-lines");
        lines.getStyleClass().add("standard-lines");
        lines.setHgap(24);
        lines.setVgap(6);
        model.lines().addListener((ListChangeListener<LineRow>) c -> showLines(lines));

        VBox indicators = new VBox(10);
        indicators.setId("standard-indicators");
        model.indicatorGroups().addListener((ListChangeListener<IndicatorGroup>) c -> showIndicators(indicators));

        Button correct = new Button(messages.get("standard.correct.button"));
        correct.setId("standard-correct");
        correct.getStyleClass().add("accent");
        correct.visibleProperty().bind(model.canCorrectProperty());
        correct.managedProperty().bind(correct.visibleProperty());
        correct.disableProperty().bind(model.busyProperty());
        correct.setOnAction(e -> correct());
        Label note = new Label();
        note.setId("standard-correct-note");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(model.correctionNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());

        VBox log = new VBox(6);
        log.setId("standard-log");
        model.changes().addListener((ListChangeListener<ChangeLine>) c -> showLog(log));
        showLog(log);

        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        correct.setMinWidth(Region.USE_PREF_SIZE);
        VBox details = new VBox(12, new VBox(8, name, status, correct), facts,
                section("standard.section.lines"), lines,
                section("standard.section.indicators"), indicators,
                section("standard.section.correction"), note, log);
        details.getStyleClass().add("standard-details");
        details.visibleProperty().bind(model.presentProperty());
        return details;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private Label fact(GridPane grid, int row, String labelKey, String value, String id) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("muted");
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        Label text = new Label(value);
        text.setId(id);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setMargin(label, new javafx.geometry.Insets(0, 0, 8, 0));
        GridPane.setMargin(text, new javafx.geometry.Insets(0, 0, 8, 0));
        grid.addRow(row, label, text);
        // A fact the standard does not have (B1/B2 scores before 2022) takes no room at all.
        label.visibleProperty().bind(text.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        text.managedProperty().bind(label.visibleProperty());
        return text;
    }

    private void showLines(GridPane grid) {
        grid.getChildren().clear();
        grid.addRow(0, new Label(), header(messages.get("household.area.rural")),
                header(messages.get("household.area.urban")));
        int row = 1;
        for (LineRow line : model.lines()) {
            Label label = new Label(line.label());
            label.getStyleClass().add("muted");
            Label rural = new Label(line.rural());
            Label urban = new Label(line.urban());
            GridPane.setHalignment(rural, HPos.RIGHT);
            GridPane.setHalignment(urban, HPos.RIGHT);
            grid.addRow(row++, label, rural, urban);
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("column-header");
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }

    private void showIndicators(VBox box) {
        box.getChildren().clear();
        for (IndicatorGroup group : model.indicatorGroups()) {
            Label dimension = new Label(group.dimension());
            dimension.getStyleClass().add("standard-dimension");
            VBox items = new VBox(6);
            items.getStyleClass().add("standard-dimension-items");
            for (IndicatorLine line : group.indicators()) {
                Label name = new Label(line.name());
                name.getStyleClass().add("standard-indicator-name");
                name.setWrapText(true);
                Label code = new Label(line.code());
                code.getStyleClass().add("muted");
                Label definition = new Label(line.definition());
                definition.setWrapText(true);
                definition.setMinHeight(Region.USE_PREF_SIZE);
                definition.setManaged(!line.definition().isBlank());
                HBox top = new HBox(8, name, code);
                top.setAlignment(Pos.BASELINE_LEFT);
                items.getChildren().add(new VBox(2, top, definition));
            }
            box.getChildren().add(new VBox(6, dimension, items));
        }
    }

    private void showLog(VBox box) {
        box.getChildren().clear();
        Label heading = new Label(messages.get("standard.log.title"));
        heading.getStyleClass().add("standard-dimension");
        box.getChildren().add(heading);
        if (model.changes().isEmpty()) {
            Label none = new Label(messages.get("standard.log.none"));
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints wrap = new ColumnConstraints();
        wrap.setHgrow(Priority.ALWAYS);
        wrap.setMinWidth(200);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints whole = new ColumnConstraints();
            whole.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(whole);
        }
        grid.getColumnConstraints().add(wrap);
        grid.addRow(0, header(messages.get("standard.log.when")), header(messages.get("standard.log.who")),
                header(messages.get("standard.log.field")), header(messages.get("standard.log.change")));
        grid.getChildren().forEach(n -> GridPane.setHalignment(n, HPos.LEFT));
        int row = 1;
        for (ChangeLine line : model.changes()) {
            Label change = new Label(messages.get("standard.log.old-new", line.oldValue(), line.newValue()));
            change.setWrapText(true);
            change.setMinHeight(Region.USE_PREF_SIZE);
            Label when = new Label(line.when());
            Label who = new Label(line.who());
            Label field = new Label(line.field());
            for (Label l : new Label[] {when, who, field}) {
                GridPane.setValignment(l, javafx.geometry.VPos.TOP);
            }
            grid.addRow(row++, when, who, field, change);
        }
        box.getChildren().add(grid);
    }

    private void correct() {
        if (model.canCorrectProperty().get() && !model.busyProperty().get()) {
            new StandardFormWindow(model.correctionForm(), messages).show(root.getScene().getWindow(),
                    model::corrected);
        }
    }

    /** A standard by name, with its code and years, and a badge when provisional. */
    private final class StandardCell extends ListCell<StandardItem> {

        @Override
        protected void updateItem(StandardItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(item.name());
            name.setWrapText(true);
            name.getStyleClass().add("standard-indicator-name");
            Label code = new Label(messages.get("standard.list.code-years", item.code(), item.years()));
            code.getStyleClass().add("muted");
            HBox line = new HBox(8, code);
            line.setAlignment(Pos.CENTER_LEFT);
            if (item.provisional()) {
                Label badge = new Label(messages.get("standard.badge.provisional"));
                badge.getStyleClass().addAll("standard-badge", "provisional");
                line.getChildren().add(badge);
            }
            name.setMinHeight(Region.USE_PREF_SIZE);
            setGraphic(new VBox(2, name, line));
            // The cell follows the list's width, so a long name wraps instead of widening the list.
            setPrefWidth(0);
        }
    }
}
