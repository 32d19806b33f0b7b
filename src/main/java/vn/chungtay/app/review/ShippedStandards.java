package vn.chungtay.app.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.AreaLines;
import vn.chungtay.domain.review.ClassificationRule;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.StandardDetails;

/**
 * The poverty standards shipped with the program, read from {@code standards/poverty-standards.json}: the data a
 * fresh database starts from, and what {@code classify} uses when no database is named.
 */
public final class ShippedStandards {

    private static final String RESOURCE = "/standards/poverty-standards.json";

    /** A shipped standard and the revision of the shipped text (a newer one replaces an uncorrected copy). */
    public record Shipped(int revision, StandardDetails details) {
    }

    private final List<Shipped> standards;

    private ShippedStandards(List<Shipped> standards) {
        this.standards = List.copyOf(standards);
    }

    /** Standards as given, for tests that ship a newer revision than the program's resources hold. */
    static ShippedStandards of(List<Shipped> standards) {
        return new ShippedStandards(standards);
    }

    /** Reads the shipped standards from the program's resources. */
    public static ShippedStandards load() {
        try (InputStream in = ShippedStandards.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Shipped> out = new ArrayList<>();
            for (JsonNode s : root.get("standards")) {
                out.add(new Shipped(s.get("shippedRevision").asInt(), details(s)));
            }
            return new ShippedStandards(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Shipped> all() {
        return standards;
    }

    public Optional<StandardDetails> find(String code) {
        return standards.stream().map(Shipped::details).filter(d -> d.code().equals(code)).findFirst();
    }

    private static StandardDetails details(JsonNode s) {
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : s.get("indicators")) {
            indicators.add(new Indicator(i.get("code").asText(), i.get("dimension").asText(), i.get("name").asText(),
                    i.get("nameEn").asText(), i.get("definition").asText()));
        }
        Map<Area, AreaLines> lines = new EnumMap<>(Area.class);
        lines.put(Area.RURAL, lines(s.get("rural")));
        lines.put(Area.URBAN, lines(s.get("urban")));
        return new StandardDetails(s.get("code").asText(), s.get("name").asText(), s.get("legalBasis").asText(),
                s.get("firstYear").asInt(), s.get("lastYear").asInt(), s.get("provisional").asBoolean(),
                ClassificationRule.valueOf(s.get("rule").asText()), s.get("deprivationThreshold").asInt(), lines,
                indicators, s.get("pointsPerIndicator").asInt(), nullableInt(s.get("b2Threshold")));
    }

    private static AreaLines lines(JsonNode l) {
        return new AreaLines(l.get("povertyLine").asLong(), nullableLong(l.get("nearPoorLine")),
                nullableLong(l.get("averageUpper")), nullableInt(l.get("b1Max")));
    }

    private static Long nullableLong(JsonNode n) {
        return n == null || n.isNull() ? null : n.asLong();
    }

    private static Integer nullableInt(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }
}
