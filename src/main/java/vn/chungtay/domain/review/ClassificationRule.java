package vn.chungtay.domain.review;

/**
 * How income and deprivations combine into a class; the rule changed between the standards (DOMAIN.md §1).
 */
public enum ClassificationRule {
    /**
     * Decision 59/2015/QĐ-TTg (2016–2020, kept for 2021): poor if income ≤ the poverty line, or if it lies above it
     * but ≤ the near-poverty line and the household lacks at least the threshold of indicators; near-poor if in that
     * band with fewer deprivations.
     */
    INCOME_OR_DEPRIVATION,
    /**
     * Decree 07/2021/NĐ-CP (2022–2025, kept for 2026) and Decree 351/2025/NĐ-CP (2027–2030): poor if income ≤ the
     * line AND deprivations ≥ the threshold; near-poor if income ≤ the line and fewer deprivations. ("or" in some
     * English press is wrong.)
     */
    INCOME_AND_DEPRIVATION
}
