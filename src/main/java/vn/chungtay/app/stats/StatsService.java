package vn.chungtay.app.stats;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.chungtay.app.sync.RecordJson;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.support.SupportDimension;
import vn.chungtay.domain.support.SupportFilter;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.store.Store;

/**
 * Counts and the content digest. The digest hashes, section by section, the canonical JSON line of every live
 * record: units (whole database only), villages, each household followed by its members, standards (whole database
 * only), review rounds, household reviews, programmes and support kinds (whole database only) and supports, each
 * section in id order. Local bookkeeping (sequence numbers, derived columns, revisions) is left out.
 */
public final class StatsService {

    private static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private final Store store;
    private final Clock clock;
    private final RecordJson json = new RecordJson();

    public StatsService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Statistics of the whole database ({@code communeCode} null) or of the records one commune owns. */
    public Stats stats(String communeCode) {
        return store.inTransaction(repos -> {
            MessageDigest sha = sha256();
            List<AdminUnit> units = repos.units().all();
            long unitCount;
            if (communeCode == null) {
                units.stream().sorted(Comparator.comparing(u -> u.meta().id(), UNSIGNED))
                        .forEach(u -> line(sha, json.unit(u)));
                unitCount = units.size();
            } else {
                unitCount = new UnitTree(units, LocalDate.now(clock)).find(communeCode).isPresent() ? 1 : 0;
            }
            List<Village> villages = communeCode == null ? repos.villages().all()
                    : repos.villages().ofCommunes(List.of(communeCode));
            villages.stream().sorted(Comparator.comparing(v -> v.meta().id(), UNSIGNED))
                    .forEach(v -> line(sha, json.village(v)));
            long[] counts = new long[2];
            repos.households().forEachLive(communeCode, h -> {
                counts[0]++;
                line(sha, json.household(h));
                h.members().forEach(m -> {
                    counts[1]++;
                    line(sha, json.member(m));
                });
            });
            if (communeCode == null) {
                repos.standards().all().stream().sorted(Comparator.comparing(s -> s.meta().id(), UNSIGNED))
                        .forEach(s -> line(sha, json.standard(s)));
            }
            List<ReviewRound> rounds = communeCode == null ? repos.rounds().all()
                    : repos.rounds().ofCommunes(List.of(communeCode));
            rounds.stream().sorted(Comparator.comparing(r -> r.meta().id(), UNSIGNED))
                    .forEach(r -> line(sha, json.round(r)));
            repos.reviews().forEachLive(communeCode == null ? null : List.of(communeCode),
                    review -> line(sha, json.review(review)));
            if (communeCode == null) {
                repos.catalogue().programmes().stream().sorted(Comparator.comparing(p -> p.meta().id(), UNSIGNED))
                        .forEach(p -> line(sha, json.programme(p)));
                repos.catalogue().kinds().stream().sorted(Comparator.comparing(k -> k.meta().id(), UNSIGNED))
                        .forEach(k -> line(sha, json.supportKind(k)));
            }
            long[] supports = new long[1];
            repos.supports().forEachLive(communeCode == null ? null : List.of(communeCode), e -> {
                supports[0]++;
                line(sha, json.support(e));
            });
            SupportFilter supportFilter = new SupportFilter(communeCode == null ? null : Set.of(communeCode), null,
                    null);
            List<String> communes = communeCode == null ? repos.households().communesWithHouseholds()
                    : counts[0] > 0 ? List.of(communeCode) : List.of();
            return new Stats(unitCount, villages.size(), counts[0], counts[1], communes, rounds.size(),
                    repos.reviews().countsByYearAndClass(communeCode), supports[0],
                    repos.supports().totals(supportFilter, List.of(SupportDimension.PROGRAMME, SupportDimension.YEAR)),
                    HexFormat.of().formatHex(sha.digest()));
        });
    }

    private static void line(MessageDigest sha, byte[] bytes) {
        sha.update(bytes);
        sha.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
