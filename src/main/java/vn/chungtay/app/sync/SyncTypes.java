package vn.chungtay.app.sync;

import java.util.List;
import java.util.Optional;
import vn.chungtay.app.sync.types.HouseholdType;
import vn.chungtay.app.sync.types.KindType;
import vn.chungtay.app.sync.types.MemberType;
import vn.chungtay.app.sync.types.ProgrammeType;
import vn.chungtay.app.sync.types.ReviewType;
import vn.chungtay.app.sync.types.RoundType;
import vn.chungtay.app.sync.types.StandardType;
import vn.chungtay.app.sync.types.SupportType;
import vn.chungtay.app.sync.types.UnitType;
import vn.chungtay.app.sync.types.VillageType;

/**
 * The record types that travel, in the order a package is applied: reference data first (units, standards, the
 * catalogue), then what depends on it (villages, households and their members, rounds, reviews, supports).
 */
public final class SyncTypes {

    public static final UnitType UNITS = new UnitType();
    public static final VillageType VILLAGES = new VillageType();
    public static final StandardType STANDARDS = new StandardType();
    public static final ProgrammeType PROGRAMMES = new ProgrammeType();
    public static final KindType KINDS = new KindType();
    public static final HouseholdType HOUSEHOLDS = new HouseholdType();
    public static final MemberType MEMBERS = new MemberType();
    public static final RoundType ROUNDS = new RoundType();
    public static final ReviewType REVIEWS = new ReviewType();
    public static final SupportType SUPPORTS = new SupportType();

    /** In the order of applying. */
    public static final List<SyncType<?>> ALL = List.of(UNITS, STANDARDS, PROGRAMMES, KINDS, VILLAGES, HOUSEHOLDS,
            MEMBERS, ROUNDS, REVIEWS, SUPPORTS);

    private SyncTypes() {
    }

    public static Optional<SyncType<?>> byEntry(String entry) {
        return ALL.stream().filter(t -> t.entry().equals(entry)).findFirst();
    }

    public static Optional<SyncType<?>> byType(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }
}
