package id.pantauspbe.evaluation;

import static id.pantauspbe.base.EnumColumns.asEnum;
import static id.pantauspbe.jooq.Tables.EVALUATION_VALUE;
import static id.pantauspbe.jooq.Tables.FRAMEWORK_NODE;
import static id.pantauspbe.jooq.Tables.INSTANSI;
import static id.pantauspbe.jooq.Tables.PUBLISHED_TOTAL;
import static id.pantauspbe.jooq.Tables.TARGET;
import static id.pantauspbe.jooq.Tables.TIMELINE_NOTE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class EvaluationRepository {

    private final DSLContext dsl;

    EvaluationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An instansi row mapped to {@link Instansi}. */
    private static final SelectField<Instansi> INSTANSI_ROW = DSL.row(
                    INSTANSI.CODE,
                    INSTANSI.NAME,
                    asEnum(INSTANSI.KIND, Instansi.Kind.class),
                    INSTANSI.PROVINCE,
                    INSTANSI.IS_HOME)
            .mapping(Instansi::new);

    List<Instansi> findAllInstansi() {
        return dsl.select(INSTANSI_ROW)
                .from(INSTANSI)
                .orderBy(
                        INSTANSI.IS_HOME.desc(),
                        DSL.when(INSTANSI.KIND.eq(Instansi.Kind.NASIONAL.name()), 1)
                                .otherwise(0),
                        INSTANSI.NAME)
                .fetch(Record1::value1);
    }

    Optional<Instansi> findInstansi(String code) {
        return dsl.select(INSTANSI_ROW)
                .from(INSTANSI)
                .where(INSTANSI.CODE.eq(code))
                .fetchOptional(Record1::value1);
    }

    Optional<Instansi> findHome() {
        return dsl.select(INSTANSI_ROW)
                .from(INSTANSI)
                .where(INSTANSI.IS_HOME.isTrue())
                .orderBy(INSTANSI.NAME)
                .limit(1)
                .fetchOptional(Record1::value1);
    }

    boolean instansiExists(String code) {
        return dsl.fetchExists(INSTANSI, INSTANSI.CODE.eq(code));
    }

    void insertInstansi(Instansi instansi) {
        dsl.insertInto(INSTANSI)
                .set(INSTANSI.CODE, instansi.code())
                .set(INSTANSI.NAME, instansi.name())
                .set(INSTANSI.KIND, instansi.kind().name())
                .set(INSTANSI.PROVINCE, instansi.province())
                .set(INSTANSI.IS_HOME, instansi.home())
                .execute();
    }

    /** All indicator values of an instansi: year → stage → indicator code → value. */
    Map<Integer, Map<Stage, Map<String, BigDecimal>>> valuesOf(String instansiCode) {
        Map<Integer, Map<Stage, Map<String, BigDecimal>>> result = new TreeMap<>();
        dsl.select(
                        EVALUATION_VALUE.EVAL_YEAR,
                        asEnum(EVALUATION_VALUE.STAGE, Stage.class),
                        FRAMEWORK_NODE.CODE,
                        EVALUATION_VALUE.SCORE)
                .from(EVALUATION_VALUE)
                .join(FRAMEWORK_NODE)
                .on(FRAMEWORK_NODE.ID.eq(EVALUATION_VALUE.INDICATOR_ID))
                .where(EVALUATION_VALUE.INSTANSI_CODE.eq(instansiCode))
                .forEach(r -> result.computeIfAbsent(r.value1(), y -> new EnumMap<>(Stage.class))
                        .computeIfAbsent(r.value2(), s -> new HashMap<>())
                        .put(r.value3(), r.value4()));
        return result;
    }

    Map<String, Long> indicatorIds(String frameworkCode) {
        return dsl.select(FRAMEWORK_NODE.CODE, FRAMEWORK_NODE.ID)
                .from(FRAMEWORK_NODE)
                .where(FRAMEWORK_NODE.FRAMEWORK_CODE.eq(frameworkCode))
                .and(FRAMEWORK_NODE.KIND.eq("INDICATOR"))
                .fetchMap(FRAMEWORK_NODE.CODE, FRAMEWORK_NODE.ID);
    }

    void insertValue(
            String instansiCode,
            int year,
            Stage stage,
            long indicatorId,
            BigDecimal value,
            String username,
            OffsetDateTime at) {
        insertEntry(instansiCode, year, stage, indicatorId, value, null, username, at);
    }

    /** indicator id → stored value, for one instansi, year and stage. */
    Map<Long, BigDecimal> scores(String instansiCode, int year, Stage stage) {
        return dsl.select(EVALUATION_VALUE.INDICATOR_ID, EVALUATION_VALUE.SCORE)
                .from(EVALUATION_VALUE)
                .where(EVALUATION_VALUE.INSTANSI_CODE.eq(instansiCode))
                .and(EVALUATION_VALUE.EVAL_YEAR.eq(year))
                .and(EVALUATION_VALUE.STAGE.eq(stage.name()))
                .fetchMap(EVALUATION_VALUE.INDICATOR_ID, EVALUATION_VALUE.SCORE);
    }

    void updateValue(
            String instansiCode,
            int year,
            Stage stage,
            long indicatorId,
            BigDecimal value,
            String username,
            OffsetDateTime at) {
        dsl.update(EVALUATION_VALUE)
                .set(EVALUATION_VALUE.SCORE, value)
                .set(EVALUATION_VALUE.UPDATED_BY, username)
                .set(EVALUATION_VALUE.UPDATED_AT, at)
                .set(EVALUATION_VALUE.VERSION, EVALUATION_VALUE.VERSION.plus(1))
                .where(EVALUATION_VALUE.INSTANSI_CODE.eq(instansiCode))
                .and(EVALUATION_VALUE.EVAL_YEAR.eq(year))
                .and(EVALUATION_VALUE.STAGE.eq(stage.name()))
                .and(EVALUATION_VALUE.INDICATOR_ID.eq(indicatorId))
                .execute();
    }

    /** The stored entries of one instansi, year and stage, by indicator code. */
    Map<String, ValueEntry> entries(String instansiCode, int year, Stage stage) {
        Map<String, ValueEntry> result = new HashMap<>();
        dsl.select(
                        FRAMEWORK_NODE.CODE,
                        EVALUATION_VALUE.SCORE,
                        EVALUATION_VALUE.JUSTIFICATION,
                        EVALUATION_VALUE.UPDATED_BY,
                        EVALUATION_VALUE.UPDATED_AT,
                        EVALUATION_VALUE.VERSION)
                .from(EVALUATION_VALUE)
                .join(FRAMEWORK_NODE)
                .on(FRAMEWORK_NODE.ID.eq(EVALUATION_VALUE.INDICATOR_ID))
                .where(EVALUATION_VALUE.INSTANSI_CODE.eq(instansiCode))
                .and(EVALUATION_VALUE.EVAL_YEAR.eq(year))
                .and(EVALUATION_VALUE.STAGE.eq(stage.name()))
                .forEach(r -> result.put(
                        r.value1(),
                        new ValueEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        return result;
    }

    void insertEntry(
            String instansiCode,
            int year,
            Stage stage,
            long indicatorId,
            BigDecimal value,
            String justification,
            String username,
            OffsetDateTime at) {
        dsl.insertInto(EVALUATION_VALUE)
                .set(EVALUATION_VALUE.INSTANSI_CODE, instansiCode)
                .set(EVALUATION_VALUE.EVAL_YEAR, year)
                .set(EVALUATION_VALUE.STAGE, stage.name())
                .set(EVALUATION_VALUE.INDICATOR_ID, indicatorId)
                .set(EVALUATION_VALUE.SCORE, value)
                .set(EVALUATION_VALUE.JUSTIFICATION, justification)
                .set(EVALUATION_VALUE.UPDATED_BY, username)
                .set(EVALUATION_VALUE.UPDATED_AT, at)
                .execute();
    }

    /** Updates an entry only if its version is still {@code version}; false when someone was faster. */
    boolean updateEntry(
            String instansiCode,
            int year,
            Stage stage,
            long indicatorId,
            int version,
            BigDecimal value,
            String justification,
            String username,
            OffsetDateTime at) {
        return dsl.update(EVALUATION_VALUE)
                        .set(EVALUATION_VALUE.SCORE, value)
                        .set(EVALUATION_VALUE.JUSTIFICATION, justification)
                        .set(EVALUATION_VALUE.UPDATED_BY, username)
                        .set(EVALUATION_VALUE.UPDATED_AT, at)
                        .set(EVALUATION_VALUE.VERSION, EVALUATION_VALUE.VERSION.plus(1))
                        .where(EVALUATION_VALUE.INSTANSI_CODE.eq(instansiCode))
                        .and(EVALUATION_VALUE.EVAL_YEAR.eq(year))
                        .and(EVALUATION_VALUE.STAGE.eq(stage.name()))
                        .and(EVALUATION_VALUE.INDICATOR_ID.eq(indicatorId))
                        .and(EVALUATION_VALUE.VERSION.eq(version))
                        .execute()
                == 1;
    }

    void deleteStageValues(String instansiCode, int year, Stage stage) {
        dsl.deleteFrom(EVALUATION_VALUE)
                .where(EVALUATION_VALUE.INSTANSI_CODE.eq(instansiCode))
                .and(EVALUATION_VALUE.EVAL_YEAR.eq(year))
                .and(EVALUATION_VALUE.STAGE.eq(stage.name()))
                .execute();
    }

    void deleteValues(String instansiCode, int year) {
        dsl.deleteFrom(EVALUATION_VALUE)
                .where(EVALUATION_VALUE.INSTANSI_CODE.eq(instansiCode))
                .and(EVALUATION_VALUE.EVAL_YEAR.eq(year))
                .execute();
    }

    List<PublishedTotal> publishedTotals(String instansiCode) {
        return dsl.select(DSL.row(
                                PUBLISHED_TOTAL.EVAL_YEAR,
                                asEnum(PUBLISHED_TOTAL.SCOPE, Target.Scope.class),
                                PUBLISHED_TOTAL.NODE_NAME,
                                PUBLISHED_TOTAL.SCORE,
                                PUBLISHED_TOTAL.SOURCE)
                        .mapping(PublishedTotal::new))
                .from(PUBLISHED_TOTAL)
                .where(PUBLISHED_TOTAL.INSTANSI_CODE.eq(instansiCode))
                .orderBy(PUBLISHED_TOTAL.EVAL_YEAR, PUBLISHED_TOTAL.ID)
                .fetch(Record1::value1);
    }

    void insertPublishedTotal(String instansiCode, PublishedTotal total) {
        dsl.insertInto(PUBLISHED_TOTAL)
                .set(PUBLISHED_TOTAL.INSTANSI_CODE, instansiCode)
                .set(PUBLISHED_TOTAL.EVAL_YEAR, total.year())
                .set(PUBLISHED_TOTAL.SCOPE, total.scope().name())
                .set(PUBLISHED_TOTAL.NODE_NAME, total.nodeName())
                .set(PUBLISHED_TOTAL.SCORE, total.value())
                .set(PUBLISHED_TOTAL.SOURCE, total.source())
                .execute();
    }

    List<Target> targets(String instansiCode) {
        return dsl.select(DSL.row(
                                TARGET.EVAL_YEAR,
                                asEnum(TARGET.SCOPE, Target.Scope.class),
                                TARGET.NODE_CODE,
                                TARGET.SCORE,
                                asEnum(TARGET.SOURCE, Target.Source.class),
                                TARGET.NOTE)
                        .mapping(Target::new))
                .from(TARGET)
                .where(TARGET.INSTANSI_CODE.eq(instansiCode))
                .orderBy(TARGET.EVAL_YEAR, TARGET.SCOPE, TARGET.NODE_CODE)
                .fetch(Record1::value1);
    }

    void updateTarget(String instansiCode, Target target) {
        dsl.update(TARGET)
                .set(TARGET.SCORE, target.value())
                .set(TARGET.SOURCE, target.source().name())
                .set(TARGET.NOTE, target.note())
                .where(TARGET.INSTANSI_CODE.eq(instansiCode))
                .and(TARGET.EVAL_YEAR.eq(target.year()))
                .and(TARGET.SCOPE.eq(target.scope().name()))
                .and(TARGET.NODE_CODE.eq(target.nodeCode()))
                .execute();
    }

    void insertTarget(String instansiCode, Target target) {
        dsl.insertInto(TARGET)
                .set(TARGET.INSTANSI_CODE, instansiCode)
                .set(TARGET.EVAL_YEAR, target.year())
                .set(TARGET.SCOPE, target.scope().name())
                .set(TARGET.NODE_CODE, target.nodeCode())
                .set(TARGET.SCORE, target.value())
                .set(TARGET.SOURCE, target.source().name())
                .set(TARGET.NOTE, target.note())
                .execute();
    }

    List<TimelineNote> notes(String instansiCode) {
        return dsl.selectFrom(TIMELINE_NOTE)
                .where(TIMELINE_NOTE.INSTANSI_CODE.eq(instansiCode))
                .orderBy(TIMELINE_NOTE.EVAL_YEAR, TIMELINE_NOTE.CREATED_AT, TIMELINE_NOTE.ID)
                .fetch(r -> new TimelineNote(
                        r.getId(),
                        r.getEvalYear(),
                        r.getNodeCode(),
                        null,
                        r.getNoteText(),
                        r.getAuthor(),
                        r.getCreatedAt()));
    }

    long insertNote(String instansiCode, int year, String nodeCode, String text, String author, OffsetDateTime at) {
        return dsl.insertInto(TIMELINE_NOTE)
                .set(TIMELINE_NOTE.INSTANSI_CODE, instansiCode)
                .set(TIMELINE_NOTE.EVAL_YEAR, year)
                .set(TIMELINE_NOTE.NODE_CODE, nodeCode)
                .set(TIMELINE_NOTE.NOTE_TEXT, text)
                .set(TIMELINE_NOTE.AUTHOR, author)
                .set(TIMELINE_NOTE.CREATED_AT, at)
                .returningResult(TIMELINE_NOTE.ID)
                .fetchSingle()
                .value1();
    }

    int deleteNote(String instansiCode, long id) {
        return dsl.deleteFrom(TIMELINE_NOTE)
                .where(TIMELINE_NOTE.ID.eq(id))
                .and(TIMELINE_NOTE.INSTANSI_CODE.eq(instansiCode))
                .execute();
    }
}
