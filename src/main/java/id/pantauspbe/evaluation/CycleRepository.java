package id.pantauspbe.evaluation;

import static id.pantauspbe.base.EnumColumns.asEnum;
import static id.pantauspbe.jooq.Tables.STAGE_SCHEDULE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CycleRepository {

    private final DSLContext dsl;

    CycleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A schedule row mapped to {@link StageSchedule}. */
    private static final SelectField<StageSchedule> SCHEDULE = DSL.row(
                    STAGE_SCHEDULE.INSTANSI_CODE,
                    STAGE_SCHEDULE.EVAL_YEAR,
                    asEnum(STAGE_SCHEDULE.STAGE, Stage.class),
                    STAGE_SCHEDULE.OPENS_ON,
                    STAGE_SCHEDULE.CLOSES_ON,
                    asEnum(STAGE_SCHEDULE.STATE, StageSchedule.State.class),
                    STAGE_SCHEDULE.CHANGED_BY,
                    STAGE_SCHEDULE.CHANGED_AT)
            .mapping(StageSchedule::new);

    List<StageSchedule> schedule(String instansiCode, int year) {
        return dsl.select(SCHEDULE)
                .from(STAGE_SCHEDULE)
                .where(STAGE_SCHEDULE.INSTANSI_CODE.eq(instansiCode))
                .and(STAGE_SCHEDULE.EVAL_YEAR.eq(year))
                .fetch(Record1::value1);
    }

    /** The open stage of the latest year that has one. */
    Optional<StageSchedule> latestOpen(String instansiCode) {
        return dsl.select(SCHEDULE)
                .from(STAGE_SCHEDULE)
                .where(STAGE_SCHEDULE.INSTANSI_CODE.eq(instansiCode))
                .and(STAGE_SCHEDULE.STATE.eq(StageSchedule.State.OPEN.name()))
                .orderBy(STAGE_SCHEDULE.EVAL_YEAR.desc())
                .limit(1)
                .fetchOptional(Record1::value1);
    }

    void upsert(
            String instansiCode,
            int year,
            Stage stage,
            LocalDate opensOn,
            LocalDate closesOn,
            StageSchedule.State state,
            String user,
            OffsetDateTime at) {
        int updated = dsl.update(STAGE_SCHEDULE)
                .set(STAGE_SCHEDULE.OPENS_ON, opensOn)
                .set(STAGE_SCHEDULE.CLOSES_ON, closesOn)
                .set(STAGE_SCHEDULE.STATE, state.name())
                .set(STAGE_SCHEDULE.CHANGED_BY, user)
                .set(STAGE_SCHEDULE.CHANGED_AT, at)
                .where(STAGE_SCHEDULE.INSTANSI_CODE.eq(instansiCode))
                .and(STAGE_SCHEDULE.EVAL_YEAR.eq(year))
                .and(STAGE_SCHEDULE.STAGE.eq(stage.name()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(STAGE_SCHEDULE)
                    .set(STAGE_SCHEDULE.INSTANSI_CODE, instansiCode)
                    .set(STAGE_SCHEDULE.EVAL_YEAR, year)
                    .set(STAGE_SCHEDULE.STAGE, stage.name())
                    .set(STAGE_SCHEDULE.OPENS_ON, opensOn)
                    .set(STAGE_SCHEDULE.CLOSES_ON, closesOn)
                    .set(STAGE_SCHEDULE.STATE, state.name())
                    .set(STAGE_SCHEDULE.CHANGED_BY, user)
                    .set(STAGE_SCHEDULE.CHANGED_AT, at)
                    .execute();
        }
    }
}
