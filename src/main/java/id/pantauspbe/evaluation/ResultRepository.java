package id.pantauspbe.evaluation;

import static id.pantauspbe.jooq.Tables.EVALUATION_VALUE;
import static id.pantauspbe.jooq.Tables.FRAMEWORK_NODE;
import static id.pantauspbe.jooq.Tables.INDEX_RESULT;
import static id.pantauspbe.jooq.Tables.INDEX_RESULT_STATE;
import static id.pantauspbe.jooq.Tables.INSTANSI;
import static id.pantauspbe.jooq.Tables.PUBLISHED_TOTAL;

import id.pantauspbe.jooq.tables.records.IndexResultRecord;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The kept results ({@code index_result}) and the reads they are computed from. */
@Repository
class ResultRepository {

    /** The stage column of a row made from published totals. */
    static final String PUBLISHED = "PUBLISHED";

    /**
     * One kept row.
     *
     * @param stage a {@link Stage} name or {@link #PUBLISHED}
     */
    record Row(
            String instansiCode,
            int year,
            String stage,
            String frameworkCode,
            String exact,
            BigDecimal value,
            boolean complete,
            int valued,
            int total,
            String nodes) {}

    /** One value of a stage, as streamed in order of instansi, year and stage. */
    @FunctionalInterface
    interface ValueSink {
        void accept(String instansiCode, int year, Stage stage, String indicatorCode, BigDecimal score);
    }

    private final DSLContext dsl;

    ResultRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Locks the instansi rows, so that two writers of one instansi compute its results one after the other. */
    void lock(Collection<String> instansiCodes) {
        if (!instansiCodes.isEmpty()) {
            dsl.select(INSTANSI.CODE)
                    .from(INSTANSI)
                    .where(INSTANSI.CODE.in(instansiCodes))
                    .orderBy(INSTANSI.CODE)
                    .forUpdate()
                    .fetch();
        }
    }

    /** The values of one instansi, year and stage: indicator code → value. */
    Map<String, BigDecimal> values(String instansiCode, int year, Stage stage) {
        Map<String, BigDecimal> values = new HashMap<>();
        dsl.select(FRAMEWORK_NODE.CODE, EVALUATION_VALUE.SCORE)
                .from(EVALUATION_VALUE)
                .join(FRAMEWORK_NODE)
                .on(FRAMEWORK_NODE.ID.eq(EVALUATION_VALUE.INDICATOR_ID))
                .where(EVALUATION_VALUE.INSTANSI_CODE.eq(instansiCode))
                .and(EVALUATION_VALUE.EVAL_YEAR.eq(year))
                .and(EVALUATION_VALUE.STAGE.eq(stage.name()))
                .forEach(r -> values.put(r.value1(), r.value2()));
        return values;
    }

    /**
     * Streams the values of some instansi (all when {@code instansiCodes} is null) and years (all
     * when null), ordered by instansi, year and stage, so each stage's values arrive together.
     */
    void streamValues(Collection<String> instansiCodes, Collection<Integer> years, ValueSink sink) {
        Condition where = DSL.noCondition();
        if (instansiCodes != null) {
            where = where.and(EVALUATION_VALUE.INSTANSI_CODE.in(instansiCodes));
        }
        if (years != null) {
            where = where.and(EVALUATION_VALUE.EVAL_YEAR.in(years));
        }
        try (Cursor<Record5<String, Integer, String, String, BigDecimal>> cursor = dsl.select(
                        EVALUATION_VALUE.INSTANSI_CODE,
                        EVALUATION_VALUE.EVAL_YEAR,
                        EVALUATION_VALUE.STAGE,
                        FRAMEWORK_NODE.CODE,
                        EVALUATION_VALUE.SCORE)
                .from(EVALUATION_VALUE)
                .join(FRAMEWORK_NODE)
                .on(FRAMEWORK_NODE.ID.eq(EVALUATION_VALUE.INDICATOR_ID))
                .where(where)
                .orderBy(EVALUATION_VALUE.INSTANSI_CODE, EVALUATION_VALUE.EVAL_YEAR, EVALUATION_VALUE.STAGE)
                .fetchSize(2000)
                .fetchLazy()) {
            for (Record5<String, Integer, String, String, BigDecimal> r : cursor) {
                sink.accept(r.value1(), r.value2(), Stage.valueOf(r.value3()), r.value4(), r.value5());
            }
        }
    }

    /** Published totals of one instansi and year, in the order they were stored. */
    List<PublishedTotal> publishedTotals(String instansiCode, int year) {
        return dsl.selectFrom(PUBLISHED_TOTAL)
                .where(PUBLISHED_TOTAL.INSTANSI_CODE.eq(instansiCode))
                .and(PUBLISHED_TOTAL.EVAL_YEAR.eq(year))
                .orderBy(PUBLISHED_TOTAL.ID)
                .fetch(r -> new PublishedTotal(
                        r.getEvalYear(),
                        Target.Scope.valueOf(r.getScope()),
                        r.getNodeName(),
                        r.getScore(),
                        r.getSource()));
    }

    /** Every published total, grouped by instansi and year, in the order stored. */
    void allPublishedTotals(Consumer<Map.Entry<String, PublishedTotal>> sink) {
        dsl.selectFrom(PUBLISHED_TOTAL)
                .orderBy(PUBLISHED_TOTAL.INSTANSI_CODE, PUBLISHED_TOTAL.EVAL_YEAR, PUBLISHED_TOTAL.ID)
                .forEach(r -> sink.accept(Map.entry(
                        r.getInstansiCode(),
                        new PublishedTotal(
                                r.getEvalYear(),
                                Target.Scope.valueOf(r.getScope()),
                                r.getNodeName(),
                                r.getScore(),
                                r.getSource()))));
    }

    void delete(String instansiCode, int year, String stage) {
        dsl.deleteFrom(INDEX_RESULT)
                .where(INDEX_RESULT.INSTANSI_CODE.eq(instansiCode))
                .and(INDEX_RESULT.EVAL_YEAR.eq(year))
                .and(INDEX_RESULT.STAGE.eq(stage))
                .execute();
    }

    /** Removes the rows made from values (not those of published totals) of some instansi and years. */
    void deleteValueRows(Collection<String> instansiCodes, Collection<Integer> years) {
        dsl.deleteFrom(INDEX_RESULT)
                .where(INDEX_RESULT.INSTANSI_CODE.in(instansiCodes))
                .and(INDEX_RESULT.EVAL_YEAR.in(years))
                .and(INDEX_RESULT.STAGE.ne(PUBLISHED))
                .execute();
    }

    void deleteAll() {
        dsl.deleteFrom(INDEX_RESULT).execute();
    }

    /** Inserts rows in JDBC batches. */
    void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<IndexResultRecord> records = new ArrayList<>(rows.size());
        for (Row r : rows) {
            IndexResultRecord record = dsl.newRecord(INDEX_RESULT);
            record.setInstansiCode(r.instansiCode());
            record.setEvalYear(r.year());
            record.setStage(r.stage());
            record.setFrameworkCode(r.frameworkCode());
            record.setExactValue(r.exact());
            record.setIndexValue(r.value());
            record.setComplete(r.complete());
            record.setValuedIndicators(r.valued());
            record.setTotalIndicators(r.total());
            record.setNodes(r.nodes());
            records.add(record);
        }
        dsl.batchInsert(records).execute();
    }

    /** The kept rows of one instansi, by year and stage. */
    List<Row> rowsOf(String instansiCode) {
        return dsl.selectFrom(INDEX_RESULT)
                .where(INDEX_RESULT.INSTANSI_CODE.eq(instansiCode))
                .orderBy(INDEX_RESULT.EVAL_YEAR, INDEX_RESULT.STAGE)
                .fetch(ResultRepository::row);
    }

    Optional<Row> row(String instansiCode, int year, String stage) {
        return dsl.selectFrom(INDEX_RESULT)
                .where(INDEX_RESULT.INSTANSI_CODE.eq(instansiCode))
                .and(INDEX_RESULT.EVAL_YEAR.eq(year))
                .and(INDEX_RESULT.STAGE.eq(stage))
                .fetchOptional(ResultRepository::row);
    }

    /** The kept rows of some instansi (every stage and year). */
    List<Row> rowsOf(Collection<String> instansiCodes) {
        return dsl.selectFrom(INDEX_RESULT)
                .where(INDEX_RESULT.INSTANSI_CODE.in(instansiCodes))
                .orderBy(INDEX_RESULT.INSTANSI_CODE, INDEX_RESULT.EVAL_YEAR, INDEX_RESULT.STAGE)
                .fetch(ResultRepository::row);
    }

    /** The kept rows of one year, every instansi and stage: one query, served by the year index. */
    List<Row> rowsOfYear(int year) {
        return dsl.selectFrom(INDEX_RESULT)
                .where(INDEX_RESULT.EVAL_YEAR.eq(year))
                .fetch(ResultRepository::row);
    }

    /** The kept rows of one year without their domains and aspects: what a ranking needs. */
    List<Row> figuresOfYear(int year) {
        return dsl.select(
                        INDEX_RESULT.INSTANSI_CODE,
                        INDEX_RESULT.STAGE,
                        INDEX_RESULT.FRAMEWORK_CODE,
                        INDEX_RESULT.EXACT_VALUE,
                        INDEX_RESULT.INDEX_VALUE,
                        INDEX_RESULT.COMPLETE,
                        INDEX_RESULT.VALUED_INDICATORS,
                        INDEX_RESULT.TOTAL_INDICATORS)
                .from(INDEX_RESULT)
                .where(INDEX_RESULT.EVAL_YEAR.eq(year))
                .fetch(r -> new Row(
                        r.value1(),
                        year,
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        null));
    }

    /**
     * Per year with kept results: how many instansi other than national averages hold a settled
     * result there (a complete final result, or a published total where no stage has values), in
     * one grouped query.
     */
    Map<Integer, Integer> rankableCounts() {
        var other = INDEX_RESULT.as("other");
        Condition settled = INDEX_RESULT
                .STAGE
                .eq(Stage.FINAL.name())
                .and(INDEX_RESULT.COMPLETE.isTrue())
                .or(INDEX_RESULT
                        .STAGE
                        .eq(PUBLISHED)
                        .andNotExists(DSL.selectOne()
                                .from(other)
                                .where(other.INSTANSI_CODE.eq(INDEX_RESULT.INSTANSI_CODE))
                                .and(other.EVAL_YEAR.eq(INDEX_RESULT.EVAL_YEAR))
                                .and(other.STAGE.ne(PUBLISHED))));
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        dsl.select(
                        INDEX_RESULT.EVAL_YEAR,
                        DSL.count()
                                .filterWhere(settled.and(INDEX_RESULT.INDEX_VALUE.isNotNull())
                                        .and(INSTANSI.KIND.ne(Instansi.Kind.NASIONAL.name()))))
                .from(INDEX_RESULT)
                .join(INSTANSI)
                .on(INSTANSI.CODE.eq(INDEX_RESULT.INSTANSI_CODE))
                .groupBy(INDEX_RESULT.EVAL_YEAR)
                .fetch()
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Instansi, year, stage and completeness of every kept row (no figures): what the year choice needs. */
    List<Row> keys() {
        return dsl.select(
                        INDEX_RESULT.INSTANSI_CODE,
                        INDEX_RESULT.EVAL_YEAR,
                        INDEX_RESULT.STAGE,
                        INDEX_RESULT.COMPLETE,
                        INDEX_RESULT.INDEX_VALUE)
                .from(INDEX_RESULT)
                .fetch(r ->
                        new Row(r.value1(), r.value2(), r.value3(), null, null, r.value5(), r.value4(), 0, 0, null));
    }

    long count() {
        return dsl.fetchCount(INDEX_RESULT);
    }

    boolean anyValueOrTotal() {
        return dsl.fetchExists(EVALUATION_VALUE) || dsl.fetchExists(PUBLISHED_TOTAL);
    }

    Optional<String> fingerprint() {
        return dsl.select(INDEX_RESULT_STATE.FINGERPRINT)
                .from(INDEX_RESULT_STATE)
                .where(INDEX_RESULT_STATE.ID.eq(1))
                .fetchOptional(r -> r.value1());
    }

    void saveFingerprint(String fingerprint, OffsetDateTime at) {
        dsl.deleteFrom(INDEX_RESULT_STATE).execute();
        dsl.insertInto(INDEX_RESULT_STATE)
                .set(INDEX_RESULT_STATE.ID, 1)
                .set(INDEX_RESULT_STATE.FINGERPRINT, fingerprint)
                .set(INDEX_RESULT_STATE.COMPUTED_AT, at)
                .execute();
    }

    private static Row row(IndexResultRecord r) {
        return new Row(
                r.getInstansiCode(),
                r.getEvalYear(),
                r.getStage(),
                r.getFrameworkCode(),
                r.getExactValue(),
                r.getIndexValue(),
                r.getComplete(),
                r.getValuedIndicators(),
                r.getTotalIndicators(),
                r.getNodes());
    }
}
