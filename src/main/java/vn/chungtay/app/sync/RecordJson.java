package vn.chungtay.app.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.Village;

/**
 * The canonical JSON form of each travelling record's content, as the content digest hashes it (DESIGN.md): the
 * type, id and owner, then the content fields exactly as packages carry them ({@link SyncType#content}), UTF-8, NFC as
 * stored. Revision and change bookkeeping are left out, so two installations holding the same records produce the
 * same bytes.
 */
public final class RecordJson {

    /** The digest line of any travelling record. */
    public <T> byte[] line(SyncType<T> type, T record) {
        var meta = type.meta(record);
        ObjectNode node = Lines.MAPPER.createObjectNode();
        node.put("type", type.type());
        node.put("id", meta.id().toString());
        node.put("owner", meta.ownerUnit());
        type.content(record, node);
        try {
            return Lines.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    public byte[] unit(AdminUnit u) {
        return line(SyncTypes.UNITS, u);
    }

    public byte[] village(Village v) {
        return line(SyncTypes.VILLAGES, v);
    }

    public byte[] household(Household h) {
        return line(SyncTypes.HOUSEHOLDS, h);
    }

    public byte[] member(Member m) {
        return line(SyncTypes.MEMBERS, m);
    }

    public byte[] standard(PovertyStandard s) {
        return line(SyncTypes.STANDARDS, s);
    }

    public byte[] round(ReviewRound r) {
        return line(SyncTypes.ROUNDS, r);
    }

    public byte[] review(HouseholdReview r) {
        return line(SyncTypes.REVIEWS, r);
    }

    public byte[] programme(Programme p) {
        return line(SyncTypes.PROGRAMMES, p);
    }

    public byte[] supportKind(SupportKind k) {
        return line(SyncTypes.KINDS, k);
    }

    public byte[] support(SupportEvent e) {
        return line(SyncTypes.SUPPORTS, e);
    }
}
