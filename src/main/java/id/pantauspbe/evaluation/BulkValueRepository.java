package id.pantauspbe.evaluation;

import static id.pantauspbe.jooq.Tables.EVALUATION_VALUE;
import static id.pantauspbe.jooq.Tables.FRAMEWORK_NODE;
import static id.pantauspbe.jooq.Tables.INSTANSI;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /**
     * Inserts new values in one JDBC batch. The statement is rendered by jOOQ and bound directly on
     * the JDBC statement: for hundreds of thousands of rows jOOQ's own batch binding costs as much
     * as a fifth of the insert.
     */
    void insert(List<Row> rows, String username, OffsetDateTime at) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = dsl.render(dsl.insertInto(
                        EVALUATION_VALUE,
                        EVALUATION_VALUE.INSTANSI_CODE,
                        EVALUATION_VALUE.EVAL_YEAR,
                        EVALUATION_VALUE.STAGE,
                        EVALUATION_VALUE.INDICATOR_ID,
                        EVALUATION_VALUE.SCORE,
                        EVALUATION_VALUE.UPDATED_BY,
                        EVALUATION_VALUE.UPDATED_AT)
                .values((String) null, null, null, null, null, null, null));
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Row r : rows) {
                    statement.setString(1, r.instansiCode());
                    statement.setInt(2, r.year());
                    statement.setString(3, r.stage().name());
                    statement.setLong(4, r.indicatorId());
                    statement.setBigDecimal(5, r.score());
                    statement.setString(6, username);
                    statement.setObject(7, at);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /** Updates changed values in one JDBC batch, raising their version. */
    void update(List<Row> rows, String username, OffsetDateTime at) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = dsl.render(dsl.update(EVALUATION_VALUE)
                .set(EVALUATION_VALUE.SCORE, (BigDecimal) null)
                .set(EVALUATION_VALUE.UPDATED_BY, (String) null)
                .set(EVALUATION_VALUE.UPDATED_AT, (OffsetDateTime) null)
                .set(EVALUATION_VALUE.VERSION, EVALUATION_VALUE.VERSION.plus(DSL.inline(1)))
                .where(EVALUATION_VALUE.INSTANSI_CODE.eq((String) null))
                .and(EVALUATION_VALUE.EVAL_YEAR.eq((Integer) null))
                .and(EVALUATION_VALUE.STAGE.eq((String) null))
                .and(EVALUATION_VALUE.INDICATOR_ID.eq((Long) null)));
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Row r : rows) {
                    statement.setBigDecimal(1, r.score());
                    statement.setString(2, username);
                    statement.setObject(3, at);
                    statement.setString(4, r.instansiCode());
                    statement.setInt(5, r.year());
                    statement.setString(6, r.stage().name());
                    statement.setLong(7, r.indicatorId());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /** The names of all registered instansi, by code. */
    Map<String, String> instansiNames() {
        return dsl.select(INSTANSI.CODE, INSTANSI.NAME).from(INSTANSI).fetchMap(INSTANSI.CODE, INSTANSI.NAME);
    }

    /** Registers instansi in one statement. */
    void insertInstansi(List<Instansi> instansi) {
        if (instansi.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(
                INSTANSI, INSTANSI.CODE, INSTANSI.NAME, INSTANSI.KIND, INSTANSI.PROVINCE, INSTANSI.IS_HOME);
        for (Instansi i : instansi) {
            insert = insert.values(i.code(), i.name(), i.kind().name(), i.province(), i.home());
        }
        insert.execute();
    }
}
