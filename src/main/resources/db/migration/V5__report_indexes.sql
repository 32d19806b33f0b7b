-- ChungTay schema, version 5: indexes for the report aggregates (issue 6). Reports never load households one by one:
-- they GROUP BY over the reviews that make up a year's standing, join each to the household's review of the year
-- before, and sum supports by programme and source. These indexes give those queries their ranges (a year's rounds,
-- one household's reviews, a year's days) and hold every column they read, so a database that reads from an index
-- alone (PostgreSQL) need not touch the rows; H2 still fetches each row it finds (docs/decisions/0007-report-engine.md).

-- The reviews of the rounds that stand for a year: scanned by round, with every column the summary, deprivation and
-- ethnicity tables count.
CREATE INDEX household_review_report_ix ON household_review (round_id, deleted, poverty_class, ethnic_minority,
    owner_unit, village_id, area, persons, no_work_capacity, meritorious, female_head, reviewed_on, household_id,
    income, lacking);

-- A household's review in the other year of a movement table (and in earlier rounds, for re-poor), looked up by the
-- household; three leading equalities make it the cheapest index for those lookups.
CREATE INDEX household_review_lookup_ix ON household_review (household_id, owner_unit, deleted, round_id,
    reviewed_on, poverty_class, persons, village_id, area);

-- The ethnic group of each household's head, for the table by ethnicity.
CREATE INDEX member_head_ix ON member (household_id, relationship, deleted, ethnicity);

-- Supports of a period (a year, or the years of a standard), with what their totals group by and sum.
CREATE INDEX support_event_report_ix ON support_event (event_date, deleted, owner_unit, programme_code,
    funding_source, kind_code, household_id, amount_vnd);
