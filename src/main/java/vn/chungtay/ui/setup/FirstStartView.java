package vn.chungtay.ui.setup;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.ui.Windows;
import vn.chungtay.ui.common.FieldDecorations;
import vn.chungtay.ui.common.UnitCells;
import vn.chungtay.ui.task.TaskRunner;

/** The first-start screen: the person's name and their unit, picked from the known units or typed in. */
public final class FirstStartView {

    private final Messages messages;
    private final FirstStartViewModel model;
    private final Consumer<Actor> onDone;
    private final FieldDecorations decorations;

    public FirstStartView(Messages messages, AppServices services, TaskRunner tasks, Consumer<Actor> onDone) {
        this.messages = messages;
        this.model = new FirstStartViewModel(services.identity(), services.units(), tasks, messages);
        this.onDone = onDone;
        this.decorations = new FieldDecorations(model.errors());
        decorations.showAll();
    }

    public void showIn(Stage stage) {
        Label title = new Label(messages.get("setup.title"));
        title.getStyleClass().add("screen-title");
        Label intro = new Label(messages.get("setup.intro"));
        intro.setWrapText(true);

        TextField name = field("setup-user-name", model.userNameProperty(), "userName");
        name.setPromptText(messages.get("setup.user.prompt"));

        ToggleGroup mode = new ToggleGroup();
        RadioButton pick = new RadioButton(messages.get("setup.unit.pick"));
        pick.setToggleGroup(mode);
        RadioButton create = new RadioButton(messages.get("setup.unit.create"));
        create.setId("setup-create-units");
        create.setToggleGroup(mode);
        create.setSelected(model.createUnitsProperty().get());
        pick.setSelected(!model.createUnitsProperty().get());
        model.createUnitsProperty().addListener((obs, old, now) -> (now ? create : pick).setSelected(true));
        mode.selectedToggleProperty().addListener((obs, old, now) -> model.createUnitsProperty().set(now == create));
        pick.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.knownUnits()));

        SearchableComboBox<AdminUnit> known = new SearchableComboBox<>(model.knownUnits());
        known.setId("setup-unit");
        known.valueProperty().bindBidirectional(model.chosenUnitProperty());
        // Official names carry their kind ("Xã Đắk Pxi", "Thành phố Kon Tum"), so the level is not repeated.
        UnitCells.show(known, u -> u.name() + " (" + u.code() + ")", "");
        known.setMaxWidth(Double.MAX_VALUE);
        known.disableProperty().bind(model.createUnitsProperty());
        decorations.register("unitCode", known);

        GridPane units = new GridPane();
        units.setHgap(8);
        units.setVgap(8);
        units.addRow(0, new Label(), new Label(messages.get("setup.unit.code")), new Label(messages.get("setup.unit.name")));
        units.addRow(1, new Label(messages.get("unit.level.province")),
                code("setup-province-code", model.provinceCodeProperty(), "PROVINCE.code", 2),
                field("setup-province-name", model.provinceNameProperty(), "PROVINCE.name"));
        units.addRow(2, new Label(messages.get("setup.unit.district-optional")),
                code("setup-district-code", model.districtCodeProperty(), "DISTRICT.code", 3),
                field("setup-district-name", model.districtNameProperty(), "DISTRICT.name"));
        units.addRow(3, new Label(messages.get("setup.unit.commune-optional")),
                code("setup-commune-code", model.communeCodeProperty(), "COMMUNE.code", 5),
                field("setup-commune-name", model.communeNameProperty(), "COMMUNE.name"));
        units.disableProperty().bind(model.createUnitsProperty().not());
        Label unitsHint = new Label(messages.get("setup.unit.hint"));
        unitsHint.getStyleClass().add("muted");
        unitsHint.setWrapText(true);

        Label error = new Label();
        error.getStyleClass().add("error-summary");
        error.setWrapText(true);
        // A typed unit is checked here before any service call: show the first field's message, not only red marks.
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                !model.generalErrorProperty().get().isEmpty() ? model.generalErrorProperty().get()
                        : model.errors().isEmpty() ? "" : messages.get("setup.errors", model.errors().size(),
                        model.errors().values().iterator().next()),
                model.generalErrorProperty(), model.errors()));
        Button start = new Button(messages.get("setup.start"));
        start.setId("setup-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.workingProperty());
        start.setOnAction(e -> model.start(onDone));

        VBox form = new VBox(12, title, intro, new Label(messages.get("setup.user.label")), name,
                new Label(messages.get("setup.unit.label")), pick, known, create, units, unitsHint, error, start);
        form.setMaxWidth(620);
        form.setPadding(new Insets(32));
        form.getStyleClass().add("card");
        StackPane root = new StackPane(form);
        root.setAlignment(Pos.CENTER);
        Scene scene = new Scene(root, 1280, 780);
        Windows.addStylesheet(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        model.load();
        Platform.runLater(name::requestFocus);
    }

    private TextField field(String id, javafx.beans.property.StringProperty property, String path) {
        TextField field = new TextField();
        field.setPrefColumnCount(22);
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        decorations.register(path, field);
        return field;
    }

    private TextField code(String id, javafx.beans.property.StringProperty property, String path, int digits) {
        TextField field = field(id, property, path);
        field.setPrefColumnCount(digits + 2);
        field.setPromptText("0".repeat(digits));
        return field;
    }
}
