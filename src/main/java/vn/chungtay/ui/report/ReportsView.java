package vn.chungtay.ui.report;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.report.ChartKind;
import vn.chungtay.app.report.Report;
import vn.chungtay.app.report.ReportChart;
import vn.chungtay.app.report.ReportKind;
import vn.chungtay.app.report.ReportNumbers;
import vn.chungtay.app.report.ReportTable;
import vn.chungtay.app.report.ReportUnit;
import vn.chungtay.app.report.export.ExportFormat;
import vn.chungtay.ui.common.Dialogs;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.common.UnitCells;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The Reports screen: the unit's path with links back up and its children to go down to, the year and the report;
 * a progress indicator with Cancel while it builds; the report's tables (or the movement report's editable text) in
 * one tab and each of its charts in a tab of its own, with Print / PNG / PDF; export to PDF, XLSX or CSV.
 */
public final class ReportsView {

    private final ReportsViewModel model;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ReportNumbers numbers;
    private final VBox root = new VBox(8);
    private final HBox breadcrumb = new HBox(4);
    private final TabPane tabs = new TabPane();
    /** The tab the person chose last ("report-tab-trend" …), chosen again when the next report has it. */
    private String chosenTab;
    private boolean replacingTabs;

    public ReportsView(ReportsViewModel model, Messages messages, TaskRunner tasks) {
        this.model = model;
        this.messages = messages;
        this.tasks = tasks;
        this.numbers = new ReportNumbers(messages.locale());
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("tab-body");
        // Inline, since the stylesheet's .tab-body padding would win over setPadding.
        root.setStyle("-fx-padding: 10 14 6 10;");
        // The screen fits the window; wide tables scroll inside their own pane.
        root.setMinWidth(0);
        tabs.setMinWidth(0);
        breadcrumb.setAlignment(Pos.CENTER_LEFT);
        breadcrumb.setId("report-path");
        model.path().addListener((ListChangeListener<ReportUnit>) c -> showPath());
        ComboBox<ReportUnit> childBox = new ComboBox<>(model.children());
        childBox.setId("report-child");
        childBox.setPromptText(messages.get("reportui.child.prompt"));
        UnitCells.show(childBox, ReportUnit::name, messages.get("reportui.child.prompt"));
        childBox.setPrefWidth(220);
        childBox.setOnAction(e -> {
            ReportUnit picked = childBox.getValue();
            if (picked != null) {
                childBox.getSelectionModel().clearSelection();
                model.drillDown(picked.ref());
            }
        });
        childBox.disableProperty().bind(Bindings.isEmpty(model.children()));
        Region pathSpacer = new Region();
        HBox.setHgrow(pathSpacer, Priority.ALWAYS);
        Label unitLabel = label("reportui.unit");
        HBox unitRow = new HBox(8, unitLabel, breadcrumb, pathSpacer, label("reportui.child"), childBox);
        unitRow.setAlignment(Pos.CENTER_LEFT);
        unitRow.setMinWidth(0);

        ComboBox<Integer> yearBox = new ComboBox<>(model.years());
        yearBox.setId("report-year");
        yearBox.valueProperty().bindBidirectional(model.yearProperty());
        yearBox.setPrefWidth(100);
        ComboBox<ReportKind> kindBox = new ComboBox<>(model.kinds());
        kindBox.setId("report-kind");
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        kindBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ReportKind kind) {
                return kind == null ? "" : kindName(kind);
            }

            @Override
            public ReportKind fromString(String text) {
                return null;
            }
        });
        kindBox.setPrefWidth(350);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("report-progress");
        spinner.progressProperty().bind(model.progressProperty());
        spinner.setPrefSize(24, 24);
        spinner.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button(messages.get("reportui.cancel"));
        cancel.setId("report-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox choices = new HBox(8, label("reportui.year"), yearBox, label("reportui.kind"), kindBox, spinner,
                cancel, spacer, label("reportui.export"), exportButton(ExportFormat.PDF),
                exportButton(ExportFormat.XLSX), exportButton(ExportFormat.CSV));
        choices.setAlignment(Pos.CENTER_LEFT);
        choices.setMinWidth(0);

        tabs.setId("report-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, tab) -> {
            if (!replacingTabs && tab != null) {
                chosenTab = tab.getId();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        model.reportProperty().addListener((obs, was, report) -> show(report));

        Label status = new Label();
        status.setId("report-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("report-error");
        error.getStyleClass().add("error-summary");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        root.getChildren().addAll(unitRow, choices, tabs, error, status);
        show(null);
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Links back up to every unit above the one shown, which is in bold. */
    private void showPath() {
        breadcrumb.getChildren().clear();
        List<ReportUnit> path = new ArrayList<>(model.path());
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                breadcrumb.getChildren().add(new Label("›"));
            }
            if (i == path.size() - 1) {
                Label here = new Label(path.get(i).name());
                here.setId("report-unit");
                here.setUserData(path.get(i));
                here.setStyle("-fx-font-weight: bold;");
                breadcrumb.getChildren().add(here);
            } else {
                int index = i;
                Hyperlink up = new Hyperlink(path.get(i).name());
                up.setOnAction(e -> model.goUp(index));
                breadcrumb.getChildren().add(up);
            }
        }
    }

    private Button exportButton(ExportFormat format) {
        Button button = new Button(format.name());
        button.setId("report-export-" + format.extension());
        button.disableProperty().bind(model.reportProperty().isNull().or(model.busyProperty()));
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("reportui.export.title"));
            chooser.setInitialFileName(model.defaultFileName(format));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(),
                    "*." + format.extension()));
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                model.export(withExtension(file.toPath(), format.extension()), () -> { });
            }
        });
        return button;
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? file
                : file.resolveSibling(name + "." + extension);
    }

    /** The report's tab of tables (or text), then a tab per chart; the chosen tab kept when there is one alike. */
    private void show(Report report) {
        replacingTabs = true;
        tabs.getTabs().clear();
        Tab tables = new Tab(messages.get("reportui.tab.tables"));
        tables.setId("report-tab-tables");
        tables.setContent(report == null ? placeholder() : tablesOf(report));
        tabs.getTabs().add(tables);
        if (report != null) {
            for (ReportChart chart : report.charts()) {
                Tab tab = new Tab(chart.title());
                tab.setId("report-tab-" + chart.id().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                tab.setContent(chartPane(report, chart));
                tabs.getTabs().add(tab);
            }
        }
        tabs.getTabs().stream().filter(t -> t.getId().equals(chosenTab)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        replacingTabs = false;
    }

    private Node placeholder() {
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(model.busyProperty()).then(messages.get("reportui.building"))
                .otherwise(messages.get("reportui.empty")));
        empty.getStyleClass().add("muted");
        VBox box = new VBox(empty);
        box.setPadding(new Insets(16));
        return box;
    }

    private Node tablesOf(Report report) {
        VBox body = new VBox(8);
        body.setPadding(new Insets(12));
        body.setId("report-body");
        Label title = new Label(report.title());
        title.setId("report-title");
        title.getStyleClass().add("report-heading");
        title.setWrapText(true);
        Label subtitle = new Label(report.subtitle());
        subtitle.setId("report-subtitle");
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);
        body.getChildren().addAll(title, subtitle);
        if (report.kind() == ReportKind.MOVEMENT_REPORT) {
            TextArea text = new TextArea();
            text.setId("report-text");
            text.setWrapText(true);
            text.textProperty().bindBidirectional(model.textProperty());
            text.setPrefRowCount(14);
            Label hint = new Label(messages.get("reportui.text.hint"));
            hint.getStyleClass().add("muted");
            body.getChildren().addAll(hint, text);
        }
        for (ReportTable table : report.tables()) {
            Label heading = new Label(table.title());
            heading.setStyle("-fx-font-weight: bold;");
            heading.setWrapText(true);
            body.getChildren().addAll(heading, ReportTableView.of(table, numbers, model::drillDown));
            if (!table.note().isBlank()) {
                Label note = new Label(table.note());
                note.getStyleClass().add("muted");
                note.setWrapText(true);
                body.getChildren().add(note);
            }
        }
        for (String line : report.notes()) {
            Label note = new Label(line);
            note.getStyleClass().add("muted");
            note.setWrapText(true);
            body.getChildren().add(note);
        }
        if (!report.children().isEmpty()) {
            Label hint = new Label(messages.get("reportui.drill.hint"));
            hint.getStyleClass().add("muted");
            body.getChildren().add(hint);
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node chartPane(Report report, ReportChart chart) {
        if (chart.isEmpty() || ChartData.of(chart).isBlank()) {
            Label empty = new Label(messages.get("reportui.chart.empty"));
            empty.getStyleClass().add("muted");
            VBox box = new VBox(empty);
            box.setPadding(new Insets(16));
            return box;
        }
        XYChart<String, Number> view = ChartView.of(chart, numbers,
                category -> ChartData.childOf(category, chart, report.children()).ifPresent(model::drillDown));
        String subtitle = report.unit().name() + " — " + messages.get("reportui.year.value",
                String.valueOf(report.year()));
        Button print = new Button(messages.get("reportui.chart.print"));
        print.setId("report-chart-print");
        print.setOnAction(e -> {
            try {
                if (!ChartFiles.print(view, root.getScene().getWindow())) {
                    model.statusProperty().set(messages.get("reportui.chart.not-printed"));
                }
            } catch (Exception ex) {
                Dialogs.error(root.getScene().getWindow(), messages, ErrorTexts.describe(ex, messages));
            }
        });
        Button png = new Button(messages.get("reportui.chart.png"));
        png.setId("report-chart-png");
        png.setOnAction(e -> saveChart(view, chart, subtitle, "png"));
        Button pdf = new Button(messages.get("reportui.chart.pdf"));
        pdf.setId("report-chart-pdf");
        pdf.setOnAction(e -> saveChart(view, chart, subtitle, "pdf"));
        Label hint = new Label(report.children().isEmpty() || chart.kind() == ChartKind.LINE ? ""
                : messages.get("reportui.chart.drill.hint"));
        hint.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, hint, spacer, print, png, pdf);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(view, Priority.ALWAYS);
        VBox box = new VBox(8, view, actions);
        box.setPadding(new Insets(8));
        return box;
    }

    private void saveChart(Node view, ReportChart chart, String subtitle, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("reportui.chart.save.title"));
        chooser.setInitialFileName(chartFileName(chart, extension));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(
                java.util.Locale.ROOT), "*." + extension));
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path file = withExtension(chosen.toPath(), extension);
        BufferedImage image = ChartFiles.snapshot(view);
        boolean landscape = view.getLayoutBounds().getWidth() >= view.getLayoutBounds().getHeight();
        model.busyProperty().set(true);
        tasks.run(BackgroundTask.of(p -> {
            byte[] bytes = ChartFiles.png(image);
            if (extension.equals("png")) {
                ChartFiles.savePng(bytes, file);
            } else {
                ChartFiles.savePdf(chart.title(), subtitle, bytes, landscape, file);
            }
            return file;
        }).onSuccess(saved -> model.chartSaved(saved, null)).onError(e -> model.chartSaved(file, e))
                .andFinally(() -> model.busyProperty().set(false)));
    }

    private String chartFileName(ReportChart chart, String extension) {
        String base = model.defaultFileName(ExportFormat.PDF);
        base = base.substring(0, base.length() - ".pdf".length());
        return base + "-" + chart.id().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "."
                + extension;
    }

    /** The report's short name for the picker (its title is the official upper-case heading). */
    String kindName(ReportKind kind) {
        return messages.get(switch (kind) {
            case SUMMARY -> "reportui.kind.summary";
            case MOVEMENT -> "reportui.kind.movement";
            case DEPRIVATIONS -> "reportui.kind.deprivations";
            case ETHNICITY -> "reportui.kind.ethnicity";
            case SUPPORT -> "reportui.kind.support";
            case TREND -> "reportui.kind.trend";
            case POSTING_LIST -> "reportui.kind.posting-list";
            case MOVEMENT_REPORT -> "reportui.kind.movement-report";
        });
    }
}
