package vn.chungtay.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.chungtay.app.demo.FamilyMaker.Sketch;
import vn.chungtay.app.demo.KonTumUnits.Commune;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;

/**
 * Makes one stored household of a village: its commune-local number (households have no national code, DOMAIN.md
 * §2), address, phone and members, with record identities from the seeded id source. Household and members are
 * owned by the commune.
 */
final class HouseholdMaker {

    /**
     * Mobile prefixes after the 2018 renumbering, weighted roughly by the networks' reach in the highlands, where
     * Viettel dominates.
     */
    private static final Weighted<String> MOBILE_PREFIXES = Weighted.of("086", 6, "096", 8, "097", 9, "098", 8,
            "032", 4, "033", 4, "034", 4, "035", 4, "036", 4, "037", 4, "038", 4, "039", 4, "081", 3, "082", 3,
            "083", 3, "084", 3, "085", 3, "088", 3, "091", 4, "094", 3, "070", 2, "076", 1, "077", 1, "078", 1,
            "079", 1, "089", 2, "090", 2, "093", 2, "052", 0.5, "056", 0.5, "058", 0.5, "092", 0.5, "059", 0.5,
            "099", 0.5);

    private final Uuids uuids;
    private final ChangeStamp stamp;
    private final SplittableRandom random;
    private final FamilyMaker families;
    private final MemberMaker members;

    HouseholdMaker(Uuids uuids, ChangeStamp stamp, SplittableRandom random) {
        this.uuids = uuids;
        this.stamp = stamp;
        this.random = random;
        this.families = new FamilyMaker(random);
        this.members = new MemberMaker(random, new IdNumbers(random.split()));
    }

    /** Household number {@code number} of the commune, living in the village. */
    Household make(Commune commune, UUID villageId, String villageName, int number) {
        String headEthnicity = commune.mix().drawHead(random);
        List<Sketch> sketches = families.compose(headEthnicity, commune.mix());
        UUID householdId = uuids.next();
        RecordMeta meta = RecordMeta.born(householdId, commune.code(), uuids.next(), stamp);
        List<Member> list = new ArrayList<>(sketches.size());
        for (int i = 0; i < sketches.size(); i++) {
            RecordMeta memberMeta = RecordMeta.born(uuids.next(), commune.code(), uuids.next(), stamp);
            list.add(new Member(memberMeta, householdId, i, members.details(sketches.get(i))));
        }
        HouseholdDetails details = new HouseholdDetails(IdNumbers.digits(number, 4), villageId, commune.area(),
                villageName + ", " + commune.name(), phone(headEthnicity, commune.area()));
        return new Household(meta, details, list);
    }

    /** About 60% of households give a mobile number: most Kinh and town households, fewer in the highlands. */
    private String phone(String headEthnicity, Area area) {
        double share = (headEthnicity.equals("01") ? 0.75 : 0.42) + (area == Area.URBAN ? 0.1 : 0);
        if (random.nextDouble() >= share) {
            return "";
        }
        return MOBILE_PREFIXES.draw(random) + IdNumbers.digits(random.nextInt(10_000_000), 7);
    }
}
