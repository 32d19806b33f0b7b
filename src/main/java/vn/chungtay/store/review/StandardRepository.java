package vn.chungtay.store.review;

import java.util.Collection;
import vn.chungtay.store.ChangeFeed;
import java.util.function.Consumer;
import static vn.chungtay.store.generated.Tables.POVERTY_INDICATOR;
import static vn.chungtay.store.generated.Tables.POVERTY_STANDARD;
import static vn.chungtay.store.generated.Tables.STANDARD_CHANGE_LOG;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.AreaLines;
import vn.chungtay.domain.review.ClassificationRule;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.StandardChange;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.store.MetaColumns;
import vn.chungtay.store.generated.tables.records.PovertyStandardRecord;

/** Poverty standards with their indicators, and the log of corrections made to them. */
public final class StandardRepository {

    private static final MetaColumns META = new MetaColumns(POVERTY_STANDARD);

    private final DSLContext dsl;

    public StandardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every live standard, oldest period first. */
    public List<PovertyStandard> all() {
        return dsl.selectFrom(POVERTY_STANDARD).where(POVERTY_STANDARD.DELETED.isFalse())
                .orderBy(POVERTY_STANDARD.FIRST_YEAR)
                .fetch(this::toStandard);
    }

    public Optional<PovertyStandard> find(String code) {
        return dsl.selectFrom(POVERTY_STANDARD).where(POVERTY_STANDARD.CODE.eq(code)).fetchOptional(this::toStandard);
    }

    /** Inserts or replaces the standard and its indicators. */
    public void save(PovertyStandard standard) {
        StandardDetails d = standard.details();
        Map<Field<?>, Object> values = META.values(standard.meta());
        values.put(POVERTY_STANDARD.CODE, d.code());
        values.put(POVERTY_STANDARD.NAME, d.name());
        values.put(POVERTY_STANDARD.LEGAL_BASIS, d.legalBasis());
        values.put(POVERTY_STANDARD.FIRST_YEAR, d.firstYear());
        values.put(POVERTY_STANDARD.LAST_YEAR, d.lastYear());
        values.put(POVERTY_STANDARD.PROVISIONAL, d.provisional());
        values.put(POVERTY_STANDARD.RULE, d.rule().name());
        values.put(POVERTY_STANDARD.DEPRIVATION_THRESHOLD, d.deprivationThreshold());
        values.put(POVERTY_STANDARD.POINTS_PER_INDICATOR, d.pointsPerIndicator());
        values.put(POVERTY_STANDARD.B2_THRESHOLD, d.b2Threshold());
        putLines(values, d.lines(Area.RURAL), POVERTY_STANDARD.RURAL_POVERTY_LINE, POVERTY_STANDARD.RURAL_NEAR_POOR_LINE,
                POVERTY_STANDARD.RURAL_AVERAGE_UPPER, POVERTY_STANDARD.RURAL_B1_MAX);
        putLines(values, d.lines(Area.URBAN), POVERTY_STANDARD.URBAN_POVERTY_LINE, POVERTY_STANDARD.URBAN_NEAR_POOR_LINE,
                POVERTY_STANDARD.URBAN_AVERAGE_UPPER, POVERTY_STANDARD.URBAN_B1_MAX);
        values.put(POVERTY_STANDARD.SHIPPED_REVISION, standard.shippedRevision());
        values.put(POVERTY_STANDARD.LOCALLY_EDITED, standard.locallyEdited());
        int updated = dsl.update(POVERTY_STANDARD).set(values).where(POVERTY_STANDARD.ID.eq(standard.meta().id()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(POVERTY_STANDARD).set(values).execute();
        }
        dsl.deleteFrom(POVERTY_INDICATOR).where(POVERTY_INDICATOR.STANDARD_ID.eq(standard.meta().id())).execute();
        List<Indicator> indicators = d.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            dsl.insertInto(POVERTY_INDICATOR)
                    .set(POVERTY_INDICATOR.STANDARD_ID, standard.meta().id())
                    .set(POVERTY_INDICATOR.POSITION, i)
                    .set(POVERTY_INDICATOR.CODE, indicator.code())
                    .set(POVERTY_INDICATOR.DIMENSION, indicator.dimension())
                    .set(POVERTY_INDICATOR.NAME, indicator.name())
                    .set(POVERTY_INDICATOR.NAME_EN, indicator.nameEn())
                    .set(POVERTY_INDICATOR.DEFINITION, indicator.definition())
                    .execute();
        }
    }

    /** Records one corrected field of a standard. */
    public void logChange(String standardCode, String userName, Instant at, String field, String oldValue,
                          String newValue) {
        dsl.insertInto(STANDARD_CHANGE_LOG)
                .set(STANDARD_CHANGE_LOG.ID, UUID.randomUUID())
                .set(STANDARD_CHANGE_LOG.STANDARD_CODE, standardCode)
                .set(STANDARD_CHANGE_LOG.CHANGED_BY_USER, userName)
                .set(STANDARD_CHANGE_LOG.CHANGED_AT, at.atOffset(ZoneOffset.UTC))
                .set(STANDARD_CHANGE_LOG.FIELD, field)
                .set(STANDARD_CHANGE_LOG.OLD_VALUE, oldValue)
                .set(STANDARD_CHANGE_LOG.NEW_VALUE, newValue)
                .execute();
    }

    /** The corrections made to a standard, newest first. */
    public List<StandardChange> changes(String standardCode) {
        return dsl.selectFrom(STANDARD_CHANGE_LOG).where(STANDARD_CHANGE_LOG.STANDARD_CODE.eq(standardCode))
                .orderBy(STANDARD_CHANGE_LOG.CHANGED_AT.desc())
                .fetch(r -> new StandardChange(r.getStandardCode(), r.getChangedByUser(), r.getChangedAt().toInstant(),
                        r.getField(), r.getOldValue(), r.getNewValue()));
    }

    private static void putLines(Map<Field<?>, Object> values, AreaLines lines, Field<Long> poverty,
                                 Field<Long> nearPoor, Field<Long> average, Field<Integer> b1) {
        values.put(poverty, lines.povertyLine());
        values.put(nearPoor, lines.nearPoorLine());
        values.put(average, lines.averageUpper());
        values.put(b1, lines.b1Max());
    }

    public Optional<PovertyStandard> find(UUID id) {
        return dsl.selectFrom(POVERTY_STANDARD).where(POVERTY_STANDARD.ID.eq(id)).fetchOptional(this::toStandard);
    }

    /** Standards changed after {@code since} up to {@code upTo} (national reference data: any owner). */
    public void forEachChanged(long since, long upTo, Consumer<PovertyStandard> action) {
        ChangeFeed.forEach(dsl, POVERTY_STANDARD, null, since, upTo, this::toStandard, action);
    }

    private PovertyStandard toStandard(PovertyStandardRecord r) {
        List<Indicator> indicators = dsl.selectFrom(POVERTY_INDICATOR)
                .where(POVERTY_INDICATOR.STANDARD_ID.eq(r.getId()))
                .orderBy(POVERTY_INDICATOR.POSITION)
                .fetch(i -> new Indicator(i.getCode(), i.getDimension(), i.getName(), i.getNameEn(), i.getDefinition()));
        Map<Area, AreaLines> lines = new EnumMap<>(Area.class);
        lines.put(Area.RURAL, new AreaLines(r.getRuralPovertyLine(), r.getRuralNearPoorLine(),
                r.getRuralAverageUpper(), r.getRuralB1Max()));
        lines.put(Area.URBAN, new AreaLines(r.getUrbanPovertyLine(), r.getUrbanNearPoorLine(),
                r.getUrbanAverageUpper(), r.getUrbanB1Max()));
        StandardDetails details = new StandardDetails(r.getCode(), r.getName(), r.getLegalBasis(), r.getFirstYear(),
                r.getLastYear(), r.getProvisional(), ClassificationRule.valueOf(r.getRule()),
                r.getDeprivationThreshold(), lines, indicators, r.getPointsPerIndicator(), r.getB2Threshold());
        return new PovertyStandard(META.read(r), details, r.getShippedRevision(), r.getLocallyEdited());
    }
}
