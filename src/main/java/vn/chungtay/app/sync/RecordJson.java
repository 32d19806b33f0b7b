package vn.chungtay.app.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.review.AreaLines;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.ReviewDetails;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.Village;

/**
 * The canonical JSON form of each travelling record's content: one object, fields always in the same order, UTF-8,
 * text in NFC as stored. It leaves out revision and change bookkeeping, so two installations holding the same
 * records produce the same bytes; the content digest hashes these lines (DESIGN.md).
 */
public final class RecordJson {

    private final JsonFactory factory = new JsonFactory();

    public byte[] unit(AdminUnit u) {
        return write(g -> {
            common(g, "unit", u.meta().id().toString(), u.meta().ownerUnit());
            g.writeStringField("code", u.code());
            g.writeStringField("level", u.level().name());
            g.writeStringField("name", u.name());
            g.writeStringField("parent", u.parentCode());
            date(g, "validFrom", u.details().validFrom());
            date(g, "validTo", u.details().validTo());
        });
    }

    public byte[] village(Village v) {
        return write(g -> {
            common(g, "village", v.meta().id().toString(), v.meta().ownerUnit());
            g.writeStringField("commune", v.communeCode());
            g.writeStringField("name", v.name());
            date(g, "validFrom", v.validFrom());
            date(g, "validTo", v.validTo());
        });
    }

    public byte[] household(Household h) {
        HouseholdDetails d = h.details();
        return write(g -> {
            common(g, "household", h.id().toString(), h.communeCode());
            g.writeStringField("number", d.number());
            g.writeStringField("village", d.villageId().toString());
            g.writeStringField("area", d.area().name());
            g.writeStringField("address", d.address());
            g.writeStringField("phone", d.phone());
        });
    }

    public byte[] member(Member m) {
        MemberDetails d = m.details();
        return write(g -> {
            common(g, "member", m.id().toString(), m.meta().ownerUnit());
            g.writeStringField("household", m.householdId().toString());
            g.writeNumberField("position", m.position());
            g.writeStringField("fullName", d.fullName());
            g.writeStringField("sex", d.sex().name());
            g.writeNumberField("birthYear", d.birth().year());
            date(g, "birthDate", d.birth().date());
            g.writeStringField("ethnicity", d.ethnicity());
            g.writeStringField("relationship", d.relationship().name());
            g.writeStringField("idType", d.idDocument().type().name());
            g.writeStringField("idNumber", d.idDocument().number());
            g.writeStringField("workStatus", d.workStatus().name());
            g.writeStringField("healthInsurance", d.healthInsuranceNumber());
            g.writeStringField("note", d.note());
        });
    }

    public byte[] standard(PovertyStandard standard) {
        StandardDetails d = standard.details();
        return write(g -> {
            common(g, "standard", standard.meta().id().toString(), standard.meta().ownerUnit());
            g.writeStringField("code", d.code());
            g.writeStringField("name", d.name());
            g.writeStringField("legalBasis", d.legalBasis());
            g.writeNumberField("firstYear", d.firstYear());
            g.writeNumberField("lastYear", d.lastYear());
            g.writeBooleanField("provisional", d.provisional());
            g.writeStringField("rule", d.rule().name());
            g.writeNumberField("deprivationThreshold", d.deprivationThreshold());
            g.writeNumberField("pointsPerIndicator", d.pointsPerIndicator());
            number(g, "b2Threshold", d.b2Threshold());
            for (Area area : Area.values()) {
                AreaLines lines = d.lines(area);
                g.writeObjectFieldStart(area.name().toLowerCase(java.util.Locale.ROOT));
                g.writeNumberField("povertyLine", lines.povertyLine());
                number(g, "nearPoorLine", lines.nearPoorLine());
                number(g, "averageUpper", lines.averageUpper());
                number(g, "b1Max", lines.b1Max());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("indicators");
            for (Indicator i : d.indicators()) {
                g.writeStartObject();
                g.writeStringField("code", i.code());
                g.writeStringField("dimension", i.dimension());
                g.writeStringField("name", i.name());
                g.writeStringField("nameEn", i.nameEn());
                g.writeStringField("definition", i.definition());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    public byte[] round(ReviewRound r) {
        return write(g -> {
            common(g, "round", r.id().toString(), r.meta().ownerUnit());
            g.writeStringField("commune", r.communeCode());
            g.writeNumberField("year", r.year());
            g.writeStringField("kind", r.kind().name());
            g.writeStringField("standard", r.standardCode());
            date(g, "openedOn", r.openedOn());
            g.writeStringField("status", r.status().name());
            date(g, "closedOn", r.closedOn());
        });
    }

    public byte[] review(HouseholdReview r) {
        ReviewDetails d = r.details();
        return write(g -> {
            common(g, "review", r.meta().id().toString(), r.meta().ownerUnit());
            g.writeStringField("round", r.roundId().toString());
            g.writeStringField("household", r.householdId().toString());
            g.writeNumberField("year", r.year());
            g.writeStringField("village", d.villageId().toString());
            g.writeStringField("area", d.area().name());
            g.writeNumberField("persons", d.persons());
            number(g, "income", d.evidence() instanceof Evidence.Income i ? i.vndPerPersonMonth() : null);
            number(g, "b1", d.evidence() instanceof Evidence.B1Score b ? b.points() : null);
            g.writeStringField("lacking", String.join(",", d.lacking()));
            g.writeBooleanField("ethnicMinority", d.categories().ethnicMinority());
            g.writeBooleanField("noWorkCapacity", d.categories().noWorkCapacity());
            g.writeBooleanField("meritorious", d.categories().meritorious());
            g.writeBooleanField("femaleHead", d.categories().femaleHead());
            g.writeStringField("class", r.povertyClass().name());
            g.writeStringField("transition", r.transition().name());
            g.writeStringField("reviewer", d.reviewer());
            date(g, "reviewedOn", d.reviewedOn());
            g.writeStringField("note", d.note());
        });
    }

    public byte[] programme(Programme p) {
        return write(g -> {
            common(g, "programme", p.meta().id().toString(), p.meta().ownerUnit());
            g.writeStringField("code", p.code());
            g.writeStringField("name", p.name());
            g.writeStringField("nameEn", p.nameEn());
            g.writeStringField("legalBasis", p.legalBasis());
            g.writeBooleanField("retired", p.retired());
        });
    }

    public byte[] supportKind(SupportKind k) {
        return write(g -> {
            common(g, "supportKind", k.meta().id().toString(), k.meta().ownerUnit());
            g.writeStringField("code", k.code());
            g.writeStringField("programme", k.programmeCode());
            g.writeStringField("name", k.name());
            g.writeStringField("nameEn", k.nameEn());
            g.writeStringField("usualForm", k.usualForm().name());
            g.writeBooleanField("retired", k.retired());
        });
    }

    public byte[] support(SupportEvent e) {
        SupportDetails d = e.details();
        return write(g -> {
            common(g, "support", e.id().toString(), e.meta().ownerUnit());
            g.writeStringField("household", e.householdId().toString());
            g.writeStringField("batch", e.batchId() == null ? null : e.batchId().toString());
            date(g, "date", d.date());
            g.writeStringField("programme", d.programmeCode());
            g.writeStringField("kind", d.kindCode());
            g.writeStringField("form", d.form().name());
            g.writeNumberField("amountVnd", d.amountVnd());
            g.writeStringField("item", d.item());
            g.writeStringField("quantity", d.quantity() == null ? null : d.quantity().stripTrailingZeros().toPlainString());
            g.writeStringField("unit", d.unit());
            g.writeStringField("source", d.source().name());
            date(g, "periodFrom", d.periodFrom());
            date(g, "periodTo", d.periodTo());
            number(g, "creditTermMonths", d.credit() == null ? null : d.credit().termMonths());
            g.writeStringField("creditMonthlyRate", d.credit() == null ? null
                    : d.credit().monthlyRatePercent().stripTrailingZeros().toPlainString());
            number(g, "creditOutstandingVnd", d.credit() == null ? null : d.credit().outstandingVnd());
            g.writeStringField("note", d.note());
        });
    }

    private static void number(JsonGenerator g, String name, Number value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value.longValue());
        }
    }

    private static void common(JsonGenerator g, String type, String id, String owner) throws IOException {
        g.writeStringField("type", type);
        g.writeStringField("id", id);
        g.writeStringField("owner", owner);
    }

    private static void date(JsonGenerator g, String name, LocalDate date) throws IOException {
        g.writeStringField(name, date == null ? null : date.toString());
    }

    private byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }
}
