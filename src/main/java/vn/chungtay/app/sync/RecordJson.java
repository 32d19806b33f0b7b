package vn.chungtay.app.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
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
