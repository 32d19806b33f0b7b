package vn.chungtay.app.sync.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import vn.chungtay.app.sync.Fields;
import vn.chungtay.app.sync.LineException;
import vn.chungtay.app.sync.Scope;
import vn.chungtay.app.sync.SyncType;
import vn.chungtay.app.sync.ValidationContext;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.review.AreaLines;
import vn.chungtay.domain.review.ClassificationRule;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/**
 * Poverty standards travel down as national reference data, with their indicators inside the record. Whether a
 * clerk here corrected one and which shipped revision it came from stay local.
 */
public final class StandardType implements SyncType<PovertyStandard> {

    @Override
    public String type() {
        return "standard";
    }

    @Override
    public String entry() {
        return "standards.jsonl";
    }

    @Override
    public boolean communeOwned() {
        return false;
    }

    @Override
    public RecordMeta meta(PovertyStandard s) {
        return s.meta();
    }

    @Override
    public ObjectNode content(PovertyStandard s, ObjectNode into) {
        StandardDetails d = s.details();
        into.put("code", d.code());
        into.put("name", d.name());
        into.put("legalBasis", d.legalBasis());
        into.put("firstYear", d.firstYear());
        into.put("lastYear", d.lastYear());
        into.put("provisional", d.provisional());
        into.put("rule", d.rule().name());
        into.put("deprivationThreshold", d.deprivationThreshold());
        into.put("pointsPerIndicator", d.pointsPerIndicator());
        Fields.put(into, "b2Threshold", d.b2Threshold());
        for (Area area : Area.values()) {
            AreaLines lines = d.lines(area);
            ObjectNode l = into.putObject(area.name().toLowerCase(Locale.ROOT));
            l.put("povertyLine", lines.povertyLine());
            Fields.put(l, "nearPoorLine", lines.nearPoorLine());
            Fields.put(l, "averageUpper", lines.averageUpper());
            Fields.put(l, "b1Max", lines.b1Max());
        }
        ArrayNode indicators = into.putArray("indicators");
        for (Indicator i : d.indicators()) {
            ObjectNode n = indicators.addObject();
            n.put("code", i.code());
            n.put("dimension", i.dimension());
            n.put("name", i.name());
            n.put("nameEn", i.nameEn());
            n.put("definition", i.definition());
        }
        return into;
    }

    @Override
    public PovertyStandard decode(RecordMeta meta, ObjectNode c) {
        Map<Area, AreaLines> lines = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            String field = area.name().toLowerCase(Locale.ROOT);
            ObjectNode l = Fields.object(c, field);
            try {
                lines.put(area, new AreaLines(Fields.longValue(l, "povertyLine"), Fields.longOrNull(l, "nearPoorLine"),
                        Fields.longOrNull(l, "averageUpper"), Fields.intOrNull(l, "b1Max")));
            } catch (IllegalArgumentException e) {
                throw new LineException(field, "sync.line.value", field);
            }
        }
        JsonNode list = c.get("indicators");
        if (list == null || !list.isArray()) {
            throw new LineException("indicators", "sync.line.object");
        }
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.isObject()) {
                throw new LineException("indicators", "sync.line.object");
            }
            ObjectNode o = (ObjectNode) n;
            indicators.add(new Indicator(Fields.text(o, "code"), Fields.text(o, "dimension"), Fields.text(o, "name"),
                    Fields.text(o, "nameEn"), Fields.text(o, "definition")));
        }
        StandardDetails d = new StandardDetails(Fields.text(c, "code"), Fields.text(c, "name"),
                Fields.text(c, "legalBasis"), Fields.intValue(c, "firstYear"), Fields.intValue(c, "lastYear"),
                Fields.bool(c, "provisional"), Fields.enumValue(c, "rule", ClassificationRule.class),
                Fields.intValue(c, "deprivationThreshold"), lines, indicators, Fields.intValue(c, "pointsPerIndicator"),
                Fields.intOrNull(c, "b2Threshold"));
        return new PovertyStandard(meta, d, 0, false);
    }

    @Override
    public List<Violation> violations(PovertyStandard s, ValidationContext ctx) {
        return s.details().violations();
    }

    @Override
    public Optional<PovertyStandard> find(Repositories repos, UUID id) {
        return repos.standards().find(id);
    }

    @Override
    public void save(Repositories repos, PovertyStandard incoming) {
        // The shipped revision and the local-correction mark are this installation's bookkeeping: keep them.
        PovertyStandard kept = repos.standards().find(incoming.meta().id())
                .map(local -> new PovertyStandard(incoming.meta(), incoming.details(), local.shippedRevision(),
                        local.locallyEdited()))
                .orElse(incoming);
        repos.standards().save(kept);
    }

    @Override
    public void forEachChanged(Repositories repos, Scope scope, long since, long upTo,
                               Consumer<PovertyStandard> action) {
        repos.standards().forEachChanged(since, upTo, action);
    }
}
