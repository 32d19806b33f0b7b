package vn.chungtay.ui.support;

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
 * The "Hỗ trợ" screen family, built from the services as the main window builds screens: the summary of supports,
 * the bulk entry, and the catalogue of programmes, each in a tab. The summary is counted again whenever its tab comes
 * back, so a batch just saved shows at once; the catalogue loads when first opened.
 */
public final class SupportScreen {

    private final VBox root = new VBox();

    public SupportScreen(AppServices services, Messages messages, TaskRunner tasks, Actor actor) {
        SupportSummaryViewModel summary = new SupportSummaryViewModel(services.supports(), services.catalogue(),
                services.units(), tasks, messages, actor);
        BulkSupportViewModel bulk = new BulkSupportViewModel(services.supports(), services.catalogue(),
                services.units(), tasks, messages, actor, services.households().today());
        CatalogueViewModel catalogue = new CatalogueViewModel(services.catalogue(), services.units(), tasks, messages,
                actor);
        Tab summaryTab = ScreenParts.fixedTab(messages.get("support.ui.tab.summary"), "support-summary-tab",
                new SupportSummaryView(summary, messages).root());
        Tab bulkTab = ScreenParts.fixedTab(messages.get("support.ui.tab.bulk"), "support-bulk-tab",
                new BulkSupportView(bulk, messages, () -> { }).root());
        Tab catalogueTab = ScreenParts.fixedTab(messages.get("support.ui.tab.catalogue"), "support-catalogue-tab",
                new CatalogueView(catalogue, messages).root());
        TabPane tabs = new TabPane(summaryTab, bulkTab, catalogueTab);
        tabs.setId("support-tabs");
        boolean[] catalogueLoaded = {false};
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == summaryTab) {
                summary.load();
            } else if (now == catalogueTab && !catalogueLoaded[0]) {
                catalogueLoaded[0] = true;
                catalogue.load();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getStyleClass().add("screen");
        root.getChildren().addAll(ScreenParts.title(messages.get("support.ui.title")),
                ScreenParts.hint(messages.get("support.ui.hint")), tabs);
        summary.load();
        bulk.load();
    }

    public Node root() {
        return root;
    }
}
