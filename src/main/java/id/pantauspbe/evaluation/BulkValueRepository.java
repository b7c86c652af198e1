package id.pantauspbe.evaluation;

import static id.pantauspbe.jooq.Tables.EVALUATION_VALUE;
import static id.pantauspbe.jooq.Tables.FRAMEWORK_NODE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Bulk reads and writes of evaluation values: streamed reads and JDBC batches. */
@Repository
class BulkValueRepository {

    /** One value to insert or update. */
    record Row(String instansiCode, int year, Stage stage, long indicatorId, BigDecimal score) {}

    /** Receives stored values one at a time. */
    @FunctionalInterface
    interface StoredValues {
        void accept(String instansiCode, int year, Stage stage, long indicatorId, BigDecimal score);
    }

    private final DSLContext dsl;

    BulkValueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Indicator code → id of a framework. */
    Map<String, Long> indicatorIds(String frameworkCode) {
        return dsl.select(FRAMEWORK_NODE.CODE, FRAMEWORK_NODE.ID)
                .from(FRAMEWORK_NODE)
                .where(FRAMEWORK_NODE.FRAMEWORK_CODE.eq(frameworkCode))
                .and(FRAMEWORK_NODE.KIND.eq("INDICATOR"))
                .fetchMap(FRAMEWORK_NODE.CODE, FRAMEWORK_NODE.ID);
    }

    /** The stored values of some instansi and years, streamed (never all in memory at once). */
    void scores(Collection<String> instansiCodes, Collection<Integer> years, StoredValues consumer) {
        try (Cursor<Record5<String, Integer, String, Long, BigDecimal>> cursor = dsl.select(
                        EVALUATION_VALUE.INSTANSI_CODE,
                        EVALUATION_VALUE.EVAL_YEAR,
                        EVALUATION_VALUE.STAGE,
                        EVALUATION_VALUE.INDICATOR_ID,
                        EVALUATION_VALUE.SCORE)
                .from(EVALUATION_VALUE)
                .where(EVALUATION_VALUE.INSTANSI_CODE.in(instansiCodes))
                .and(EVALUATION_VALUE.EVAL_YEAR.in(years))
                .fetchSize(1000)
                .fetchLazy()) {
            for (Record5<String, Integer, String, Long, BigDecimal> r : cursor) {
                consumer.accept(r.value1(), r.value2(), Stage.valueOf(r.value3()), r.value4(), r.value5());
            }
        }
    }

    /** Inserts new values in one JDBC batch. */
    void insert(List<Row> rows, String username, OffsetDateTime at) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(
                        EVALUATION_VALUE,
                        EVALUATION_VALUE.INSTANSI_CODE,
                        EVALUATION_VALUE.EVAL_YEAR,
                        EVALUATION_VALUE.STAGE,
                        EVALUATION_VALUE.INDICATOR_ID,
                        EVALUATION_VALUE.SCORE,
                        EVALUATION_VALUE.UPDATED_BY,
                        EVALUATION_VALUE.UPDATED_AT)
                .values((String) null, null, null, null, null, null, null));
        for (Row r : rows) {
            batch.bind(r.instansiCode(), r.year(), r.stage().name(), r.indicatorId(), r.score(), username, at);
        }
        batch.execute();
    }

    /** Updates changed values in one JDBC batch, raising their version. */
    void update(List<Row> rows, String username, OffsetDateTime at) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.update(EVALUATION_VALUE)
                .set(EVALUATION_VALUE.SCORE, (BigDecimal) null)
                .set(EVALUATION_VALUE.UPDATED_BY, (String) null)
                .set(EVALUATION_VALUE.UPDATED_AT, (OffsetDateTime) null)
                .set(EVALUATION_VALUE.VERSION, EVALUATION_VALUE.VERSION.plus(DSL.inline(1)))
                .where(EVALUATION_VALUE.INSTANSI_CODE.eq((String) null))
                .and(EVALUATION_VALUE.EVAL_YEAR.eq((Integer) null))
                .and(EVALUATION_VALUE.STAGE.eq((String) null))
                .and(EVALUATION_VALUE.INDICATOR_ID.eq((Long) null)));
        for (Row r : rows) {
            batch.bind(
                    r.score(),
                    username,
                    at,
                    r.instansiCode(),
                    r.year(),
                    r.stage().name(),
                    r.indicatorId());
        }
        batch.execute();
    }
}
