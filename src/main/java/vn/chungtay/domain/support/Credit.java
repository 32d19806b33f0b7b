package vn.chungtay.domain.support;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The terms of a preferential loan (Vietnam Bank for Social Policies, Decree 78/2002/NĐ-CP): term in months, interest
 * rate in percent per month, and the outstanding balance in VND. The amount lent is the event's amount.
 */
public record Credit(int termMonths, BigDecimal monthlyRatePercent, long outstandingVnd) {

    public Credit {
        Objects.requireNonNull(monthlyRatePercent, "monthlyRatePercent");
    }
}
