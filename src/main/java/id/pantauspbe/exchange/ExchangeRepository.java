package id.pantauspbe.exchange;

import static id.pantauspbe.jooq.Tables.EVALUATION_VALUE;
import static id.pantauspbe.jooq.Tables.FRAMEWORK_NODE;
import static id.pantauspbe.jooq.Tables.INSTANSI;
import static id.pantauspbe.jooq.Tables.TARGET;

import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads and upserts evaluation values and targets for import and export. */
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

    /** A stored target, for comparison on import. */
    record StoredTarget(BigDecimal value, String source, String note) {}

    private final DSLContext dsl;

    ExchangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> instansiName(String code) {
        return dsl.select(INSTANSI.NAME)
                .from(INSTANSI)
                .where(INSTANSI.CODE.eq(code))
                .fetchOptional(INSTANSI.NAME);
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

    Optional<StoredTarget> target(String instansiCode, int year, Target.Scope scope, String nodeCode) {
        return dsl.select(TARGET.SCORE, TARGET.SOURCE, TARGET.NOTE)
                .from(TARGET)
                .where(TARGET.INSTANSI_CODE.eq(instansiCode))
                .and(TARGET.EVAL_YEAR.eq(year))
                .and(TARGET.SCOPE.eq(scope.name()))
                .and(TARGET.NODE_CODE.eq(nodeCode))
                .fetchOptional(r -> new StoredTarget(r.value1(), r.value2(), r.value3()));
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
}
