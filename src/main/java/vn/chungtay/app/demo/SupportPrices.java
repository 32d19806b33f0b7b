package vn.chungtay.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.support.FundingSource;

/**
 * What the demo's supports are worth (DOMAIN.md §3, §7): the gifts of a Tết visit, houses, goods handed out for
 * production, preferential loans, health-insurance cards and tuition. Calibrated on Kon Tum's 2017–2018 report — a
 * Tết gift about 413,000 VND (23,185.65 million for 56,191 visits), a house about 42 million (3,410 million for 81) —
 * and on the rates the policies fix: Project 5 of the national target program pays 40 million for a new house and 20
 * million for a repair (Decision 90/QĐ-TTg), the social policy bank lends to poor households at 0.55 %/month,
 * near-poor at 0.66 and newly escaped at 0.69 (Decree 78/2002 and the bank's rates), a card costs 4.5% of the base
 * salary for twelve months.
 */
final class SupportPrices {

    /** Goods of one kind handed out to each household of a distribution: how much of what, at what price. */
    record Goods(String programmeCode, String kindCode, String item, int quantity, String unit, long unitPrice,
                 FundingSource source) {

        long value() {
            return unitPrice * quantity;
        }

        BigDecimal quantityDecimal() {
            return BigDecimal.valueOf(quantity);
        }
    }

    /** The first day of the lunar new year, for the Tết that follows each review year. */
    private static final List<LocalDate> TET = List.of(LocalDate.of(2023, 1, 22), LocalDate.of(2024, 2, 10),
            LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17));

    /** One gift a village: most are 300,000–500,000 VND, a few donors give more (mean about 410,000). */
    static final Weighted<Long> TET_GIFT = Weighted.of(List.of(300_000L, 400_000L, 500_000L, 600_000L),
            new double[] {0.30, 0.35, 0.30, 0.05});
    /** Who gives a village's Tết gifts: mostly the Fund for the Poor, also enterprises and the community. */
    static final Weighted<FundingSource> TET_SOURCE = Weighted.of(List.of(FundingSource.FUND_FOR_THE_POOR,
            FundingSource.ENTERPRISES_AND_DONORS, FundingSource.COMMUNITY), new double[] {0.75, 0.15, 0.10});

    /** A Great Solidarity house from the Fund for the Poor: 40–60 million (mean 46). */
    static final Weighted<Long> FUND_HOUSE = Weighted.of(List.of(40_000_000L, 45_000_000L, 50_000_000L,
            60_000_000L), new double[] {0.4, 0.2, 0.3, 0.1});
    /** Share of the houses from the Fund (the rest from Project 5, a quarter of them repairs). */
    static final double FUND_HOUSE_SHARE = 0.55;
    static final double HOUSE_REPAIR_SHARE = 0.25;
    static final long NEW_HOUSE = 40_000_000L;
    static final long HOUSE_REPAIR = 20_000_000L;

    /** The Fund's help in a hard time (illness, a death, a failed crop): 1–5 million. */
    static final Weighted<Long> HARDSHIP_GIFT = Weighted.of(List.of(1_000_000L, 2_000_000L, 3_000_000L,
            5_000_000L), new double[] {0.35, 0.35, 0.2, 0.1});
    static final Weighted<String> HARDSHIP = Weighted.of("Hỗ trợ người ốm đau, nằm viện", 5,
            "Hỗ trợ gia đình có người mất", 2, "Hỗ trợ khắc phục thiên tai, mất mùa", 3);

    /** What Project 3 of the national target program gives a household for production. */
    static final Weighted<Goods> PROJECT_3 = Weighted.of(List.of(
            goods("NTP-GNBV", "ntp-3-production", "Bò giống", 1, "con", 15_000_000),
            goods("NTP-GNBV", "ntp-3-production", "Dê giống", 2, "con", 2_500_000),
            goods("NTP-GNBV", "ntp-3-production", "Lợn giống", 2, "con", 2_000_000),
            goods("NTP-GNBV", "ntp-3-production", "Gà giống", 30, "con", 50_000),
            goods("NTP-GNBV", "ntp-3-production", "Cây cà phê giống", 500, "cây", 6_000),
            goods("NTP-GNBV", "ntp-3-production", "Cây mắc ca giống", 60, "cây", 40_000),
            goods("NTP-GNBV", "ntp-3-production", "Phân bón NPK", 200, "kg", 13_000)),
            new double[] {3, 2, 2, 2, 2, 1, 2});
    /** What Decision 102 gives a poor household of a difficult area: seeds, young animals, drugs, salt. */
    static final Weighted<Goods> DECISION_102 = Weighted.of(List.of(
            goods("QD102", "qd102-seeds", "Giống lúa", 50, "kg", 15_000),
            goods("QD102", "qd102-seeds", "Giống ngô lai", 20, "kg", 90_000),
            goods("QD102", "qd102-livestock", "Lợn giống", 1, "con", 2_000_000),
            goods("QD102", "qd102-livestock", "Gà giống", 20, "con", 50_000),
            goods("QD102", "qd102-veterinary", "Thuốc thú y", 1, "bộ", 300_000),
            goods("QD102", "qd102-iodized-salt", "Muối i-ốt", 10, "kg", 8_000)),
            new double[] {3, 2, 1, 1, 1, 1});

    /** Loans to poor households are smaller; near-poor and newly escaped ones borrow more. */
    static final Weighted<Long> LOAN_POOR = Weighted.of(List.of(30_000_000L, 40_000_000L, 50_000_000L,
            70_000_000L, 100_000_000L), new double[] {0.15, 0.2, 0.4, 0.15, 0.1});
    static final Weighted<Long> LOAN_OTHER = Weighted.of(List.of(40_000_000L, 50_000_000L, 70_000_000L,
            100_000_000L), new double[] {0.15, 0.35, 0.25, 0.25});
    static final Weighted<Integer> LOAN_TERM = Weighted.of(List.of(36, 48, 60), new double[] {0.3, 0.3, 0.4});
    static final BigDecimal RATE_POOR = new BigDecimal("0.55");
    static final BigDecimal RATE_NEAR_POOR = new BigDecimal("0.66");
    static final BigDecimal RATE_NEWLY_ESCAPED = new BigDecimal("0.69");
    static final Weighted<String> LOAN_PURPOSE = Weighted.of("Chăn nuôi bò", 4, "Chăn nuôi lợn", 3,
            "Trồng cà phê", 3, "Trồng cây ăn quả", 2, "Trồng sâm, dược liệu", 1, "Buôn bán nhỏ", 1);

    /** Tuition per month of a public school, VND: rural (mountain) and town. */
    private static final long RURAL_FEE = 60_000;
    private static final long URBAN_FEE = 200_000;
    private static final int SCHOOL_MONTHS = 9;

    private SupportPrices() {
    }

    private static Goods goods(String programme, String kind, String item, int quantity, String unit, long price) {
        return new Goods(programme, kind, item, quantity, unit, price, FundingSource.CENTRAL_BUDGET);
    }

    /** Tết after the review of {@code reviewYear}, or {@code null} beyond the demo's years. */
    static LocalDate tetAfter(int reviewYear) {
        int i = reviewYear - ReviewYears.FIRST_YEAR;
        return i >= 0 && i < TET.size() ? TET.get(i) : null;
    }

    /** One health-insurance card for a year: 4.5% of twelve months of the base salary in force on 1 January. */
    static long cardValue(int year) {
        long baseSalary = year <= 2023 ? 1_490_000 : year == 2024 ? 1_800_000 : 2_340_000;
        return baseSalary * 12 * 45 / 1_000;
    }

    /** A pupil's tuition for a school year (fees of the 2021 decree, unchanged by the localities since). */
    static long tuition(Area area) {
        return (area == Area.URBAN ? URBAN_FEE : RURAL_FEE) * SCHOOL_MONTHS;
    }

    /** A day within {@code days} days from {@code first}. */
    static LocalDate day(LocalDate first, int days, SplittableRandom random) {
        return first.plusDays(random.nextInt(days));
    }
}
