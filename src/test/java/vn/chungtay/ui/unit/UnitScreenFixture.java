package vn.chungtay.ui.unit;

import java.time.Clock;
import java.util.List;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.store.DbLocation;
import vn.chungtay.ui.task.SameThreadTaskRunner;

/**
 * A fresh in-memory database with the province Kon Tum (62) and its commune Xã Đắk Pxi (23425), a commune officer
 * signed in there, and the screen's view-model built as the main window builds it, with a same-thread task runner.
 */
final class UnitScreenFixture {

    final Messages messages = new Messages(Messages.VIETNAMESE);
    final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    AppServices services;
    Actor communeOfficer;

    void open() {
        services = AppServices.open(DbLocation.inMemory(), Clock.systemDefaultZone());
        communeOfficer = services.identity().signIn("Nguyễn Văn A", "23425", List.of(
                new UnitDetails("62", UnitLevel.PROVINCE, "Kon Tum", null, null, null),
                new UnitDetails("23425", UnitLevel.COMMUNE, "Xã Đắk Pxi", "62", null, null)));
    }

    /** A province clerk signed in for Kon Tum. */
    Actor provinceClerk() {
        return services.identity().signIn("Trần Thị B", "62", List.of());
    }

    /** The screen's view-model for the actor, loaded. */
    UnitsViewModel screen(Actor actor) {
        UnitsViewModel model = new UnitsViewModel(services.units(), tasks, messages, actor);
        model.load();
        return model;
    }

    void close() {
        services.close();
    }
}
