package vn.chungtay.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.BirthDate;
import vn.chungtay.domain.household.Cccd;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.HouseholdDraft.MemberDraft;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.IdDocument;
import vn.chungtay.domain.household.IdType;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Revision;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.store.DbLocation;

/**
 * Shared test data: a fixed clock in Vietnam, the Kon Tum units used everywhere, members and drafts with sensible
 * defaults, stored households for repository tests, services on a fresh in-memory database, and a read-only look at
 * a row's tracking columns (which no repository exposes for tombstones).
 */
public final class Fixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 10:00 on 15 March 2025 in Vietnam; whole seconds, so timestamps survive the database unchanged. */
    public static final Instant NOW = Instant.parse("2025-03-15T03:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZONE);
    public static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    public static final String PROVINCE = "62";
    public static final String COMMUNE = "23425";
    public static final String OTHER_COMMUNE = "23428";

    public static final UUID INSTALLATION = UUID.fromString("0195a0c0-0000-7000-8000-000000000001");
    public static final ChangeStamp STAMP = new ChangeStamp(INSTALLATION, "Nguyễn Văn A", NOW);

    private Fixtures() {
    }

    // ---- administrative units ------------------------------------------------------------------------------

    public static UnitDetails province() {
        return new UnitDetails(PROVINCE, UnitLevel.PROVINCE, "Kon Tum", null, null, null);
    }

    public static UnitDetails commune() {
        return new UnitDetails(COMMUNE, UnitLevel.COMMUNE, "Xã Đắk Pxi", PROVINCE, null, null);
    }

    public static UnitDetails otherCommune() {
        return new UnitDetails(OTHER_COMMUNE, UnitLevel.COMMUNE, "Xã Đắk Mar", PROVINCE, null, null);
    }

    // ---- services --------------------------------------------------------------------------------------------

    /** Services over a fresh in-memory database and the fixed clock. */
    public static AppServices services() {
        return AppServices.open(DbLocation.inMemory(), CLOCK);
    }

    /** Signs in an officer of {@link #COMMUNE}, making the province and both communes. */
    public static Actor communeOfficer(AppServices services) {
        return services.identity().signIn("Nguyễn Văn A", COMMUNE, List.of(province(), commune(), otherCommune()));
    }

    /** Signs in a clerk of the province (the units must exist or are made). */
    public static Actor provinceClerk(AppServices services) {
        return services.identity().signIn("Trần Thị Bình", PROVINCE, List.of(province(), commune(), otherCommune()));
    }

    // ---- members and drafts --------------------------------------------------------------------------------

    /** A Kinh member without ID document, working, born on 1 January of the year. */
    public static MemberDetails person(String fullName, Sex sex, int birthYear, Relationship relationship) {
        return new MemberDetails(fullName, sex, BirthDate.of(LocalDate.of(birthYear, 1, 1)), "01", relationship,
                IdDocument.NONE, WorkStatus.WORKING, "", "");
    }

    /** A valid CCCD of Kon Tum for the holder. */
    public static String cccd(Sex sex, int birthYear, int serial) {
        return Cccd.registrationCode(PROVINCE) + Cccd.centurySexDigit(sex, birthYear)
                + String.format("%02d%06d", birthYear % 100, serial);
    }

    public static MemberDetails withId(MemberDetails m, IdType type, String number) {
        return new MemberDetails(m.fullName(), m.sex(), m.birth(), m.ethnicity(), m.relationship(),
                new IdDocument(type, number), m.workStatus(), m.healthInsuranceNumber(), m.note());
    }

    public static MemberDetails renamed(MemberDetails m, String fullName) {
        return new MemberDetails(fullName, m.sex(), m.birth(), m.ethnicity(), m.relationship(), m.idDocument(),
                m.workStatus(), m.healthInsuranceNumber(), m.note());
    }

    public static MemberDetails withBirth(MemberDetails m, BirthDate birth) {
        return new MemberDetails(m.fullName(), m.sex(), birth, m.ethnicity(), m.relationship(), m.idDocument(),
                m.workStatus(), m.healthInsuranceNumber(), m.note());
    }

    public static MemberDetails withRelationship(MemberDetails m, Relationship relationship) {
        return new MemberDetails(m.fullName(), m.sex(), m.birth(), m.ethnicity(), relationship, m.idDocument(),
                m.workStatus(), m.healthInsuranceNumber(), m.note());
    }

    public static MemberDetails withEthnicity(MemberDetails m, String ethnicity) {
        return new MemberDetails(m.fullName(), m.sex(), m.birth(), ethnicity, m.relationship(), m.idDocument(),
                m.workStatus(), m.healthInsuranceNumber(), m.note());
    }

    public static MemberDetails withInsurance(MemberDetails m, String insurance) {
        return new MemberDetails(m.fullName(), m.sex(), m.birth(), m.ethnicity(), m.relationship(), m.idDocument(),
                m.workStatus(), insurance, m.note());
    }

    /** A household of three that passes every rule: head and spouse with matching CCCDs, a child without ID. */
    public static List<MemberDetails> family(String headName) {
        return List.of(
                withId(person(headName, Sex.MALE, 1980, Relationship.HEAD), IdType.CCCD, cccd(Sex.MALE, 1980, 1234)),
                withId(person("Y Bhơ", Sex.FEMALE, 1985, Relationship.SPOUSE), IdType.CCCD,
                        cccd(Sex.FEMALE, 1985, 4321)),
                person("Nguyễn Thị Hoà", Sex.FEMALE, 2010, Relationship.CHILD));
    }

    public static HouseholdDetails details(String number, UUID villageId) {
        return new HouseholdDetails(number, villageId, Area.RURAL, "Thôn Kon Klor", "0912345678");
    }

    /** A draft of new members (no ids). */
    public static HouseholdDraft draft(UUID id, HouseholdDetails details, List<MemberDetails> members) {
        return new HouseholdDraft(id, details, members.stream().map(m -> new MemberDraft(null, m)).toList());
    }

    /** The draft a form would present for a stored household, members keeping their ids. */
    public static HouseholdDraft draftOf(Household household) {
        return new HouseholdDraft(household.id(), household.details(),
                household.members().stream().map(m -> new MemberDraft(m.id(), m.details())).toList());
    }

    // ---- stored records for repository tests ---------------------------------------------------------------

    public static RecordMeta meta(UUID id, String owner) {
        return RecordMeta.born(id, owner, UUID.nameUUIDFromBytes(("rev-" + id).getBytes()), STAMP);
    }

    /**
     * A stored household whose members get ids derived from the household id (position by position), so two
     * databases can hold the very same records.
     */
    public static Household household(UUID id, String commune, UUID villageId, String number,
                                      List<MemberDetails> members) {
        List<Member> stored = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            UUID memberId = new UUID(id.getMostSignificantBits() ^ 0x5A5A5A5AL, id.getLeastSignificantBits() + i + 1);
            stored.add(new Member(meta(memberId, commune), id, i, members.get(i)));
        }
        return new Household(meta(id, commune), details(number, villageId), stored);
    }

    /** The same household and members with other change bookkeeping: a later revision by someone else. */
    public static Household restamped(Household h, ChangeStamp stamp) {
        List<Member> members = h.members().stream()
                .map(m -> new Member(rebooked(m.meta(), stamp), m.householdId(), m.position(), m.details()))
                .toList();
        return new Household(rebooked(h.meta(), stamp), h.details(), members);
    }

    private static RecordMeta rebooked(RecordMeta meta, ChangeStamp stamp) {
        Revision revision = meta.revision().next(UUID.randomUUID()).next(UUID.randomUUID());
        return new RecordMeta(meta.id(), meta.ownerUnit(), revision, stamp, meta.deleted());
    }

    // ---- a look at tracking columns ------------------------------------------------------------------------

    /** The tracking columns of one row, read straight from the database (tombstones included). */
    public record Tracking(int rev, UUID revId, boolean deleted, long localSeq) {
    }

    /** The tracking columns of the row with this id in {@code table} ("household", "member", "village" …). */
    public static Optional<Tracking> tracking(DbLocation location, String table, UUID id) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "");
             PreparedStatement s = c.prepareStatement(
                     "SELECT rev, rev_id, deleted, local_seq FROM " + table + " WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Tracking(r.getInt(1), r.getObject(2, UUID.class), r.getBoolean(3),
                        r.getLong(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many rows a table holds, tombstones included. */
    public static int rowCount(DbLocation location, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "");
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
