package vn.chungtay.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.ui.task.SameThreadTaskRunner;

/** First start without a screen: typing the units on an empty database, or picking one the database knows. */
class FirstStartViewModelTest {

    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private AppServices services;
    private final List<Actor> signedIn = new ArrayList<>();

    @BeforeEach
    void open() {
        services = Fixtures.services();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private FirstStartViewModel loaded() {
        FirstStartViewModel model = new FirstStartViewModel(services.identity(), services.units(),
                new SameThreadTaskRunner(), messages);
        model.load();
        return model;
    }

    @Test
    void anEmptyDatabaseAsksForTheUnitsToBeTyped() {
        FirstStartViewModel model = loaded();

        assertThat(model.knownUnits()).isEmpty();
        assertThat(model.createUnitsProperty().get()).isTrue();
        assertThat(model.generalErrorProperty().get()).isEmpty();
    }

    @Test
    void aTypedProvinceAndCommuneSignThePersonInForTheCommune() {
        FirstStartViewModel model = loaded();
        model.userNameProperty().set("nguyễn văn a");
        model.provinceCodeProperty().set("62");
        model.provinceNameProperty().set("Kon Tum");
        model.communeCodeProperty().set(" 23425 ");
        model.communeNameProperty().set("Xã Đắk Pxi");

        model.start(signedIn::add);

        assertThat(model.errors()).isEmpty();
        assertThat(model.generalErrorProperty().get()).isEmpty();
        assertThat(signedIn).hasSize(1);
        assertThat(signedIn.get(0).unitCode()).isEqualTo("23425");
        assertThat(signedIn.get(0).userName()).isEqualTo("Nguyễn Văn A");
        assertThat(model.workingProperty().get()).isFalse();
        AdminUnit commune = services.units().tree().find("23425").orElseThrow();
        assertThat(commune.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(commune.parentCode()).isEqualTo("62");
        assertThat(services.units().tree().find("62").orElseThrow().name()).isEqualTo("Kon Tum");
        assertThat(services.identity().lastUser().orElseThrow().unitCode()).isEqualTo("23425");
    }

    @Test
    void aDistrictBetweenProvinceAndCommuneIsCreatedToo() {
        FirstStartViewModel model = loaded();
        model.userNameProperty().set("Nguyễn Văn A");
        model.provinceCodeProperty().set("62");
        model.provinceNameProperty().set("Kon Tum");
        model.districtCodeProperty().set("610");
        model.districtNameProperty().set("Huyện Đắk Glei");
        model.communeCodeProperty().set("23425");
        model.communeNameProperty().set("Xã Đắk Pxi");

        model.start(signedIn::add);

        assertThat(signedIn).extracting(Actor::unitCode).containsExactly("23425");
        assertThat(services.units().tree().find("23425").orElseThrow().parentCode()).isEqualTo("610");
        assertThat(services.units().tree().find("610").orElseThrow().parentCode()).isEqualTo("62");
    }

    @Test
    void aMissingProvinceCodeAndNameAreFlaggedAndNothingIsCreated() {
        FirstStartViewModel model = loaded();
        model.userNameProperty().set("Nguyễn Văn A");
        model.communeCodeProperty().set("23425");
        model.communeNameProperty().set("Xã Đắk Pxi");

        model.start(signedIn::add);

        assertThat(model.errors())
                .containsEntry("PROVINCE.code", messages.get("validation.unit.code.digits", 2))
                .containsEntry("PROVINCE.name", "Chưa nhập tên.")
                .doesNotContainKeys("COMMUNE.code", "COMMUNE.name", "userName");
        assertThat(signedIn).isEmpty();
        assertThat(model.workingProperty().get()).isFalse();
        assertThat(services.units().tree().all()).isEmpty();
        assertThat(services.identity().lastUser()).isEmpty();
    }

    @Test
    void aBlankUserNameIsFlaggedAndNothingIsCreated() {
        FirstStartViewModel model = loaded();
        model.userNameProperty().set("   ");
        model.provinceCodeProperty().set("62");
        model.provinceNameProperty().set("Kon Tum");

        model.start(signedIn::add);

        assertThat(model.errors()).containsOnlyKeys("userName");
        assertThat(model.errors().get("userName")).isEqualTo(messages.get("validation.name.required"));
        assertThat(signedIn).isEmpty();
        assertThat(services.units().tree().all()).isEmpty();

        model.userNameProperty().set("Nguyễn Văn A");
        model.start(signedIn::add);
        assertThat(model.errors()).as("errors of the last attempt are cleared").isEmpty();
        assertThat(signedIn).extracting(Actor::unitCode).containsExactly("62");
    }

    @Test
    void withKnownUnitsPickingOneIsTheDefaultAndSignsIn() {
        Fixtures.communeOfficer(services);
        FirstStartViewModel model = loaded();

        assertThat(model.createUnitsProperty().get()).isFalse();
        assertThat(model.knownUnits()).extracting(AdminUnit::code)
                .containsExactly(Fixtures.PROVINCE, Fixtures.COMMUNE, Fixtures.OTHER_COMMUNE);

        model.userNameProperty().set("Lê Thị Cúc");
        model.start(signedIn::add);
        assertThat(model.errors()).containsOnlyKeys("unitCode");
        assertThat(signedIn).isEmpty();

        model.chosenUnitProperty().set(model.knownUnits().get(2));
        model.start(signedIn::add);

        assertThat(model.errors()).isEmpty();
        assertThat(signedIn).hasSize(1);
        assertThat(signedIn.get(0).unitCode()).isEqualTo(Fixtures.OTHER_COMMUNE);
        assertThat(signedIn.get(0).userName()).isEqualTo("Lê Thị Cúc");
        assertThat(services.units().tree().all()).as("no unit was added").hasSize(3);
    }

    @Test
    void pickingAUnitWithABlankNameIsRefusedByTheService() {
        Fixtures.communeOfficer(services);
        FirstStartViewModel model = loaded();
        model.chosenUnitProperty().set(model.knownUnits().get(0));

        model.start(signedIn::add);

        assertThat(model.errors()).containsEntry("userName", messages.get("validation.name.required"));
        assertThat(model.generalErrorProperty().get()).isNotEmpty();
        assertThat(model.workingProperty().get()).isFalse();
        assertThat(signedIn).isEmpty();
    }
}
