package id.pantauspbe.exchange;

import static id.pantauspbe.jooq.Tables.EVALUATION_VALUE;
import static id.pantauspbe.jooq.Tables.FRAMEWORK_NODE;
import static id.pantauspbe.jooq.Tables.INSTANSI;

import id.pantauspbe.evaluation.Stage;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads evaluation values for export (writes go through BulkValueWriter and TargetService). */
@Repository
class ExchangeRepository {

    /** A stored value as exported: indicator codes and stage codes as in the files. */
    record StoredValue(
            String instansiCode,
            String instansiName,
            int year,
            Stage stage,
            int ordinal,
            String indicator,
            BigDecimal value) {}

    private final DSLContext dsl;

    ExchangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The names of all registered instansi, by code (a few hundred even in a national installation). */
    java.util.Map<String, String> instansiNames() {
        return dsl.select(INSTANSI.CODE, INSTANSI.NAME).from(INSTANSI).fetchMap(INSTANSI.CODE, INSTANSI.NAME);
    }

    /** The mandiri and final values of an instansi (one year or all), by year, stage and indicator order. */
    List<StoredValue> values(String instansiCode, Integer year) {
        var condition = EVALUATION_VALUE
                .INSTANSI_CODE
                .eq(instansiCode)
                .and(EVALUATION_VALUE.STAGE.in(Stage.MANDIRI.name(), Stage.FINAL.name()));
        if (year != null) {
            condition = condition.and(EVALUATION_VALUE.EVAL_YEAR.eq(year));
        }
        return dsl.select(
                        INSTANSI.CODE,
                        INSTANSI.NAME,
                        EVALUATION_VALUE.EVAL_YEAR,
                        EVALUATION_VALUE.STAGE,
                        FRAMEWORK_NODE.ORDINAL,
                        FRAMEWORK_NODE.CODE,
                        EVALUATION_VALUE.SCORE)
                .from(EVALUATION_VALUE)
                .join(INSTANSI)
                .on(INSTANSI.CODE.eq(EVALUATION_VALUE.INSTANSI_CODE))
                .join(FRAMEWORK_NODE)
                .on(FRAMEWORK_NODE.ID.eq(EVALUATION_VALUE.INDICATOR_ID))
                .where(condition)
                .fetch(r -> new StoredValue(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        Stage.valueOf(r.value4()),
                        r.value5(),
                        r.value6(),
                        r.value7()));
    }
}
