package vn.chungtay.app.unit;

import java.util.UUID;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.store.Repositories;

/**
 * The id of a unit being created: the one derived from its official code, so that installations that create the
 * same commune independently meet on one record; a fresh one only when that id is already used here (a deleted unit
 * whose code was given again), since reusing it would bring the old record back at its first revision.
 */
public final class NewUnitIds {

    private NewUnitIds() {
    }

    public static UUID forCode(Repositories repos, Uuids uuids, String code) {
        UUID natural = AdminUnit.idFor(code);
        return repos.units().find(natural).isPresent() ? uuids.next() : natural;
    }
}
