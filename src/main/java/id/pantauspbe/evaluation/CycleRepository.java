package id.pantauspbe.evaluation;

import static id.pantauspbe.jooq.Tables.STAGE_SCHEDULE;

import id.pantauspbe.jooq.tables.records.StageScheduleRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class CycleRepository {

    private final DSLContext dsl;

    CycleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<StageSchedule> schedule(String instansiCode, int year) {
        return dsl.selectFrom(STAGE_SCHEDULE)
                .where(STAGE_SCHEDULE.INSTANSI_CODE.eq(instansiCode))
                .and(STAGE_SCHEDULE.EVAL_YEAR.eq(year))
                .fetch(CycleRepository::toSchedule);
    }

    /** The open stage of the latest year that has one. */
    Optional<StageSchedule> latestOpen(String instansiCode) {
        return dsl.selectFrom(STAGE_SCHEDULE)
                .where(STAGE_SCHEDULE.INSTANSI_CODE.eq(instansiCode))
                .and(STAGE_SCHEDULE.STATE.eq(StageSchedule.State.OPEN.name()))
                .orderBy(STAGE_SCHEDULE.EVAL_YEAR.desc())
                .limit(1)
                .fetchOptional(CycleRepository::toSchedule);
    }

    private static StageSchedule toSchedule(StageScheduleRecord r) {
        return new StageSchedule(
                r.getInstansiCode(),
                r.getEvalYear(),
                Stage.valueOf(r.getStage()),
                r.getOpensOn(),
                r.getClosesOn(),
                StageSchedule.State.valueOf(r.getState()),
                r.getChangedBy(),
                r.getChangedAt());
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
