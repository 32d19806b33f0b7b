package vn.chungtay.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.support.SupportEvent;

/**
 * The tests' own count of every figure, by loops over the records themselves — none of the report code: the standing
 * of a year replayed round by round per commune (a periodic round starts afresh, a regular one adds to what stands),
 * then counted household by household.
 */
final class ReportOracle {

    private final ReportWorld world;
    private final LocalDate asOf;
    private final Map<String, List<ReviewRound>> roundsByCommune = new HashMap<>();
    private final Map<UUID, List<HouseholdReview>> reviewsByRound = new HashMap<>();
    private final Map<UUID, Household> households = new HashMap<>();

    ReportOracle(ReportWorld world) {
        this.world = world;
        this.asOf = ReportWorld.TODAY;
        for (ReviewRound r : world.rounds) {
            roundsByCommune.computeIfAbsent(r.communeCode(), k -> new ArrayList<>()).add(r);
        }
        roundsByCommune.values().forEach(l -> l.sort(Comparator.comparingInt(ReviewRound::year)
                .thenComparing(ReviewRound::openedOn).thenComparing(r -> r.id())));
        for (HouseholdReview r : world.reviews) {
            reviewsByRound.computeIfAbsent(r.roundId(), k -> new ArrayList<>()).add(r);
        }
        world.households.forEach(h -> households.put(h.id(), h));
    }

    /** Communes at or below a unit code. */
    Set<String> communesUnder(String code) {
        Set<String> out = new HashSet<>();
        for (var u : world.units) {
            if (u.level() == vn.chungtay.domain.unit.UnitLevel.COMMUNE
                    && (u.code().equals(code) || code.equals(u.parentCode())
                    || world.units.stream().anyMatch(d -> d.code().equals(u.parentCode())
                    && code.equals(d.parentCode())))) {
                out.add(u.code());
            }
        }
        return out;
    }

    /** The reviews standing after the commune's last round of the year (empty without one), by household. */
    Map<UUID, HouseholdReview> state(String commune, int year) {
        List<ReviewRound> rounds = roundsByCommune.getOrDefault(commune, List.of()).stream()
                .filter(r -> !r.openedOn().isAfter(asOf)).toList();
        if (rounds.stream().noneMatch(r -> r.year() == year)) {
            return Map.of();
        }
        return replay(rounds.stream().filter(r -> r.year() <= year).toList());
    }

    /** The reviews standing before the year, for a commune reviewed in it: after its last round of an earlier year. */
    Map<UUID, HouseholdReview> stateBefore(String commune, int year) {
        List<ReviewRound> rounds = roundsByCommune.getOrDefault(commune, List.of()).stream()
                .filter(r -> !r.openedOn().isAfter(asOf)).toList();
        if (rounds.stream().noneMatch(r -> r.year() == year)) {
            return Map.of();
        }
        return replay(rounds.stream().filter(r -> r.year() < year).toList());
    }

    /** Households poor (or near-poor) in a round of the commune before its last round of an earlier year. */
    Set<UUID> everEarlier(String commune, int year, PovertyClass c) {
        List<ReviewRound> earlier = roundsByCommune.getOrDefault(commune, List.of()).stream()
                .filter(r -> r.year() < year && !r.openedOn().isAfter(asOf)).toList();
        Set<UUID> out = new HashSet<>();
        for (int i = 0; i < earlier.size() - 1; i++) {
            for (HouseholdReview r : live(earlier.get(i))) {
                if (r.povertyClass() == c) {
                    out.add(r.householdId());
                }
            }
        }
        return out;
    }

    private Map<UUID, HouseholdReview> replay(List<ReviewRound> rounds) {
        Map<UUID, HouseholdReview> state = new HashMap<>();
        for (ReviewRound round : rounds) {
            if (round.kind() == RoundKind.PERIODIC) {
                state = new HashMap<>();
            }
            for (HouseholdReview r : live(round)) {
                state.put(r.householdId(), r);
            }
        }
        return state;
    }

    private List<HouseholdReview> live(ReviewRound round) {
        return reviewsByRound.getOrDefault(round.id(), List.of()).stream()
                .filter(r -> !r.meta().deleted() && !r.details().reviewedOn().isAfter(asOf)).toList();
    }

    /** Every standing review of the communes in the year. */
    List<HouseholdReview> standing(Set<String> communes, int year) {
        List<HouseholdReview> out = new ArrayList<>();
        communes.forEach(c -> out.addAll(state(c, year).values()));
        return out;
    }

    // ---- expected cells ------------------------------------------------------------------------------------

    /** The summary's figures after the STT and name columns. */
    List<Object> summaryCells(List<HouseholdReview> reviews) {
        List<Object> cells = new ArrayList<>();
        long all = reviews.size();
        long dtts = count(reviews, r -> r.details().categories().ethnicMinority());
        long persons = sum(reviews, r -> true);
        long dttsPersons = sum(reviews, r -> r.details().categories().ethnicMinority());
        cells.addAll(List.of(all, all - dtts, dtts, persons, persons - dttsPersons, dttsPersons));
        for (PovertyClass c : List.of(PovertyClass.POOR, PovertyClass.NEAR_POOR)) {
            List<HouseholdReview> of = reviews.stream().filter(r -> r.povertyClass() == c).toList();
            cells.add((long) of.size());
            cells.add(all == 0 ? null : 100.0 * of.size() / all);
            cells.add(count(of, r -> r.details().categories().ethnicMinority()));
            cells.add(count(of, r -> r.details().categories().noWorkCapacity()));
            cells.add(count(of, r -> r.details().categories().meritorious()));
            cells.add(count(of, r -> r.details().categories().femaleHead()));
        }
        return cells;
    }

    /**
     * A movement line counted as DOMAIN.md §2 says, for households {@code inUnit} accepts: [start, to the other class,
     * escaped above, other decrease, from the other class, returned, newly, other increase, end], households or
     * persons.
     */
    long[] movement(Set<String> communes, int year, PovertyClass tracked, boolean persons,
                    Predicate<HouseholdReview> inUnit) {
        long[] sum = new long[9];
        PovertyClass other = tracked == PovertyClass.POOR ? PovertyClass.NEAR_POOR : PovertyClass.POOR;
        for (String commune : communes) {
            Map<UUID, HouseholdReview> before = stateBefore(commune, year);
            Map<UUID, HouseholdReview> after = state(commune, year);
            Set<UUID> returning = new HashSet<>(everEarlier(commune, year, tracked));
            if (tracked == PovertyClass.NEAR_POOR) {
                returning.addAll(everEarlier(commune, year, PovertyClass.POOR));
            }
            for (HouseholdReview was : before.values()) {
                if (was.povertyClass() != tracked || !inUnit.test(was)) {
                    continue;
                }
                long w = persons ? was.details().persons() : 1;
                sum[0] += w;
                HouseholdReview now = after.get(was.householdId());
                if (now == null || !inUnit.test(now)) {
                    sum[3] += w;
                } else if (now.povertyClass() == other) {
                    sum[1] += w;
                } else if (now.povertyClass() != tracked) {
                    sum[2] += w;
                } else if (persons) {
                    int change = now.details().persons() - was.details().persons();
                    sum[change > 0 ? 7 : 3] += Math.abs(change);
                }
            }
            for (HouseholdReview now : after.values()) {
                if (now.povertyClass() != tracked || !inUnit.test(now)) {
                    continue;
                }
                long w = persons ? now.details().persons() : 1;
                sum[8] += w;
                HouseholdReview was = before.get(now.householdId());
                if (was == null || !inUnit.test(was)) {
                    sum[7] += w;
                } else if (was.povertyClass() == other) {
                    sum[4] += w;
                } else if (was.povertyClass() != tracked) {
                    sum[returning.contains(now.householdId()) ? 5 : 6] += w;
                }
            }
        }
        return sum;
    }

    /** The ethnic group code of a household's head ({@code ""} without one). */
    String headEthnicity(UUID householdId) {
        Household h = households.get(householdId);
        if (h == null) {
            return "";
        }
        return h.members().stream().filter(m -> m.details().relationship() == Relationship.HEAD)
                .map(m -> m.details().ethnicity()).findFirst().orElse("");
    }

    Household household(UUID id) {
        return households.get(id);
    }

    String groupName(String code) {
        return world.store.reading().ethnicGroups().all().stream().filter(g -> g.code().equals(code))
                .map(EthnicGroup::name).findFirst().orElse(code);
    }

    /** Live supports of the communes (of the village's households, when given) dated in the days. */
    List<SupportEvent> supports(Set<String> communes, UUID villageId, LocalDate from, LocalDate to) {
        LocalDate until = to.isAfter(asOf) ? asOf : to;
        return world.supports.stream()
                .filter(e -> !e.meta().deleted() && communes.contains(e.meta().ownerUnit()))
                .filter(e -> !e.details().date().isBefore(from) && !e.details().date().isAfter(until))
                .filter(e -> villageId == null || (households.get(e.householdId()) != null
                        && households.get(e.householdId()).details().villageId().equals(villageId)))
                .toList();
    }

    /** [events, distinct households, VND] of supports. */
    static List<Object> supportCells(List<SupportEvent> events) {
        return List.of((long) events.size(),
                (long) events.stream().map(SupportEvent::householdId).collect(Collectors.toSet()).size(),
                events.stream().mapToLong(e -> e.details().amountVnd()).sum());
    }

    /** The average income per person of the reviews that give an income. */
    static Long averageIncome(List<HouseholdReview> reviews) {
        long sum = 0;
        long persons = 0;
        for (HouseholdReview r : reviews) {
            if (r.details().evidence() instanceof Evidence.Income i) {
                sum += i.vndPerPersonMonth() * r.details().persons();
                persons += r.details().persons();
            }
        }
        return persons == 0 ? null : Math.round((double) sum / persons);
    }

    /** Years with a round in any of the communes. */
    List<Integer> years(Set<String> communes) {
        return world.rounds.stream().filter(r -> communes.contains(r.communeCode()) && !r.openedOn().isAfter(asOf))
                .map(ReviewRound::year).distinct().sorted().toList();
    }

    static long count(List<HouseholdReview> reviews, Predicate<HouseholdReview> p) {
        return reviews.stream().filter(p).count();
    }

    static long sum(List<HouseholdReview> reviews, Predicate<HouseholdReview> p) {
        return reviews.stream().filter(p).mapToLong(r -> r.details().persons()).sum();
    }

    static List<Member> heads(Household h) {
        return h.members().stream().filter(m -> m.details().relationship() == Relationship.HEAD).toList();
    }
}
