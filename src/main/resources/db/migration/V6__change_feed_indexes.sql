-- ChungTay schema, version 6: the change feed of a commune (issue 7). Exporting a commune reads its rows changed
-- after a point of the change sequence (ChangeFeed: owner_unit IN (…) AND local_seq in a range, in local_seq order).
-- With only the (local_seq) indexes H2 walked every row of the province in sequence order and fetched each to test
-- its owner: seconds for one commune of a province. Keyed by owner then sequence, a commune's rows are one range,
-- already in order. Member had no index by owner at all.
CREATE INDEX household_owner_seq_ix ON household (owner_unit, local_seq);
CREATE INDEX member_owner_seq_ix ON member (owner_unit, local_seq);
CREATE INDEX household_review_owner_seq_ix ON household_review (owner_unit, local_seq);
CREATE INDEX support_event_owner_seq_ix ON support_event (owner_unit, local_seq);
