package vn.chungtay.ui.sync;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.ui.common.ScreenParts;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The "Đồng bộ" screen family: exporting a package, importing packages, and the conflict queue, each in a tab (the
 * last with the number waiting). An officer starts on the export, a clerk on the import; the queue opens on its own
 * when the person has conflicts waiting. Imports and resolutions recount the conflicts for the navigation badge.
 */
public final class SyncScreen {

    private final VBox root = new VBox();

    public SyncScreen(AppServices services, Messages messages, TaskRunner tasks, Actor actor, ConflictCount count) {
        ExportViewModel export = new ExportViewModel(services.sync(), services.exportHistory(), services.identity(),
                services.units(), tasks, messages, actor, services.households().today());
        ConflictsViewModel conflicts = new ConflictsViewModel(services.sync(), services.households(),
                services.units(), tasks, messages, actor, count::refresh);
        ImportViewModel imports = new ImportViewModel(services.sync(), services.units(), tasks, messages, actor, () -> {
            count.refresh();
            conflicts.load();
        });

        Tab exportTab = ScreenParts.fixedTab(messages.get("sync.ui.tab.export"), "sync-export-tab",
                new ExportView(export, messages).root());
        Tab conflictsTab = ScreenParts.fixedTab("", "sync-conflicts-tab",
                new ConflictsView(conflicts, messages).root());
        conflictsTab.textProperty().bind(Bindings.createStringBinding(() -> count.countProperty().get() > 0
                ? messages.get("sync.ui.tab.conflicts.count", count.countProperty().get())
                : messages.get("sync.ui.tab.conflicts"), count.countProperty()));
        TabPane tabs = new TabPane();
        Tab importTab = ScreenParts.fixedTab(messages.get("sync.ui.tab.import"), "sync-import-tab",
                new ImportView(imports, messages, () -> tabs.getSelectionModel().select(conflictsTab)).root());
        tabs.getTabs().addAll(exportTab, importTab, conflictsTab);
        tabs.setId("sync-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == conflictsTab) {
                conflicts.load();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);

        root.getStyleClass().add("screen");
        root.getChildren().addAll(ScreenParts.title(messages.get("sync.ui.title")),
                ScreenParts.hint(messages.get("sync.ui.hint")), tabs);

        export.load();
        imports.load();
        // Commune codes have five digits, districts three, provinces two (the official numbering).
        boolean officer = actor.unitCode().length() == 5;
        if (count.countProperty().get() > 0) {
            tabs.getSelectionModel().select(conflictsTab);
        } else if (!officer) {
            tabs.getSelectionModel().select(importTab);
        }
        count.refresh();
    }

    public Node root() {
        return root;
    }
}
