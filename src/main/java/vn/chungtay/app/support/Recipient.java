package vn.chungtay.app.support;

import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.review.PovertyClass;

/** A household a bulk support would reach, with its class in its latest review ({@code null}: never reviewed). */
public record Recipient(HouseholdSummary household, PovertyClass latestClass, boolean minority) {
}
