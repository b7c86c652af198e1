package id.pantauspbe.opd;

import static id.pantauspbe.jooq.Tables.EVIDENCE_ITEM;
import static id.pantauspbe.jooq.Tables.FRAMEWORK_NODE;
import static id.pantauspbe.jooq.Tables.FRAMEWORK_YEAR;
import static id.pantauspbe.jooq.Tables.OPD;
import static id.pantauspbe.jooq.Tables.STAGE_DEADLINE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class EvidenceRepository {

    private final DSLContext dsl;

    EvidenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<EvidenceItem> items(String instansiCode, int year) {
        return select(EVIDENCE_ITEM.INSTANSI_CODE.eq(instansiCode).and(EVIDENCE_ITEM.EVAL_YEAR.eq(year)));
    }

    Optional<EvidenceItem> item(long id) {
        return select(EVIDENCE_ITEM.ID.eq(id)).stream().findFirst();
    }

    private List<EvidenceItem> select(Condition condition) {
        return dsl.select(EVIDENCE_ITEM.asterisk(), FRAMEWORK_NODE.CODE, FRAMEWORK_NODE.NAME, OPD.NAME)
                .from(EVIDENCE_ITEM)
                .join(FRAMEWORK_NODE)
                .on(FRAMEWORK_NODE.ID.eq(EVIDENCE_ITEM.INDICATOR_ID))
                .leftJoin(OPD)
                .on(OPD.ID.eq(EVIDENCE_ITEM.OPD_ID))
                .where(condition)
                .orderBy(
                        FRAMEWORK_NODE.ORDINAL, EVIDENCE_ITEM.TARGET_LEVEL.asc().nullsFirst(), EVIDENCE_ITEM.ID)
                .fetch(EvidenceRepository::toItem);
    }

    private static EvidenceItem toItem(Record r) {
        return new EvidenceItem(
                r.get(EVIDENCE_ITEM.ID),
                r.get(EVIDENCE_ITEM.INSTANSI_CODE),
                r.get(EVIDENCE_ITEM.EVAL_YEAR),
                r.get(FRAMEWORK_NODE.CODE),
                r.get(FRAMEWORK_NODE.NAME),
                r.get(EVIDENCE_ITEM.TARGET_LEVEL),
                r.get(EVIDENCE_ITEM.TITLE),
                r.get(EVIDENCE_ITEM.OPD_ID),
                r.get(OPD.NAME),
                r.get(EVIDENCE_ITEM.STATUS, EvidenceStatus.class),
                r.get(EVIDENCE_ITEM.REASON),
                r.get(EVIDENCE_ITEM.DUE_DATE),
                r.get(EVIDENCE_ITEM.LINK),
                r.get(EVIDENCE_ITEM.NOTE),
                r.get(EVIDENCE_ITEM.CARRIED_FROM),
                r.get(EVIDENCE_ITEM.NEEDS_RECONFIRMATION),
                r.get(EVIDENCE_ITEM.UPDATED_BY),
                r.get(EVIDENCE_ITEM.UPDATED_AT),
                r.get(EVIDENCE_ITEM.VERSION));
    }

    /** The id of an indicator in the framework a year uses. */
    Optional<Long> indicatorId(int year, String indicatorCode) {
        return dsl.select(FRAMEWORK_NODE.ID)
                .from(FRAMEWORK_NODE)
                .join(FRAMEWORK_YEAR)
                .on(FRAMEWORK_YEAR.FRAMEWORK_CODE.eq(FRAMEWORK_NODE.FRAMEWORK_CODE))
                .where(FRAMEWORK_YEAR.EVAL_YEAR.eq(year))
                .and(FRAMEWORK_NODE.KIND.eq("INDICATOR"))
                .and(FRAMEWORK_NODE.CODE.eq(indicatorCode))
                .fetchOptional(FRAMEWORK_NODE.ID);
    }

    long insert(
            String instansiCode,
            int year,
            long indicatorId,
            BigDecimal targetLevel,
            String title,
            Long opdId,
            EvidenceStatus status,
            LocalDate dueDate,
            Long carriedFrom,
            boolean needsReconfirmation,
            String user,
            OffsetDateTime at) {
        return dsl.insertInto(EVIDENCE_ITEM)
                .set(EVIDENCE_ITEM.INSTANSI_CODE, instansiCode)
                .set(EVIDENCE_ITEM.EVAL_YEAR, year)
                .set(EVIDENCE_ITEM.INDICATOR_ID, indicatorId)
                .set(EVIDENCE_ITEM.TARGET_LEVEL, targetLevel)
                .set(EVIDENCE_ITEM.TITLE, title)
                .set(EVIDENCE_ITEM.OPD_ID, opdId)
                .set(EVIDENCE_ITEM.STATUS, status.name())
                .set(EVIDENCE_ITEM.DUE_DATE, dueDate)
                .set(EVIDENCE_ITEM.CARRIED_FROM, carriedFrom)
                .set(EVIDENCE_ITEM.NEEDS_RECONFIRMATION, needsReconfirmation)
                .set(EVIDENCE_ITEM.UPDATED_BY, user)
                .set(EVIDENCE_ITEM.UPDATED_AT, at)
                .set(EVIDENCE_ITEM.VERSION, 0)
                .returningResult(EVIDENCE_ITEM.ID)
                .fetchSingle()
                .value1();
    }

    /** Updates an item if its version is still {@code update.version()}; false if it was changed meanwhile. */
    boolean update(EvidenceUpdate update, boolean needsReconfirmation, String user, OffsetDateTime at) {
        return dsl.update(EVIDENCE_ITEM)
                        .set(EVIDENCE_ITEM.TITLE, update.title())
                        .set(EVIDENCE_ITEM.STATUS, update.status().name())
                        .set(EVIDENCE_ITEM.REASON, update.reason())
                        .set(EVIDENCE_ITEM.DUE_DATE, update.dueDate())
                        .set(EVIDENCE_ITEM.LINK, update.link())
                        .set(EVIDENCE_ITEM.NOTE, update.note())
                        .set(EVIDENCE_ITEM.NEEDS_RECONFIRMATION, needsReconfirmation)
                        .set(EVIDENCE_ITEM.UPDATED_BY, user)
                        .set(EVIDENCE_ITEM.UPDATED_AT, at)
                        .set(EVIDENCE_ITEM.VERSION, EVIDENCE_ITEM.VERSION.plus(1))
                        .where(EVIDENCE_ITEM.ID.eq(update.id()))
                        .and(EVIDENCE_ITEM.VERSION.eq(update.version()))
                        .execute()
                == 1;
    }

    boolean carriedExists(String instansiCode, int year, long carriedFrom) {
        return dsl.fetchExists(
                EVIDENCE_ITEM,
                EVIDENCE_ITEM
                        .INSTANSI_CODE
                        .eq(instansiCode)
                        .and(EVIDENCE_ITEM.EVAL_YEAR.eq(year))
                        .and(EVIDENCE_ITEM.CARRIED_FROM.eq(carriedFrom)));
    }

    void deleteYear(String instansiCode, int year) {
        dsl.update(EVIDENCE_ITEM)
                .setNull(EVIDENCE_ITEM.CARRIED_FROM)
                .where(EVIDENCE_ITEM.CARRIED_FROM.in(dsl.select(EVIDENCE_ITEM.ID)
                        .from(EVIDENCE_ITEM)
                        .where(EVIDENCE_ITEM.INSTANSI_CODE.eq(instansiCode))
                        .and(EVIDENCE_ITEM.EVAL_YEAR.eq(year))))
                .execute();
        dsl.deleteFrom(EVIDENCE_ITEM)
                .where(EVIDENCE_ITEM.INSTANSI_CODE.eq(instansiCode))
                .and(EVIDENCE_ITEM.EVAL_YEAR.eq(year))
                .execute();
        dsl.deleteFrom(STAGE_DEADLINE)
                .where(STAGE_DEADLINE.INSTANSI_CODE.eq(instansiCode))
                .and(STAGE_DEADLINE.EVAL_YEAR.eq(year))
                .execute();
    }

    /** The years with evidence items or stage deadlines. */
    List<Integer> years(String instansiCode) {
        return dsl.selectDistinct(EVIDENCE_ITEM.EVAL_YEAR)
                .from(EVIDENCE_ITEM)
                .where(EVIDENCE_ITEM.INSTANSI_CODE.eq(instansiCode))
                .union(dsl.selectDistinct(STAGE_DEADLINE.EVAL_YEAR)
                        .from(STAGE_DEADLINE)
                        .where(STAGE_DEADLINE.INSTANSI_CODE.eq(instansiCode)))
                .orderBy(1)
                .fetch(0, Integer.class);
    }

    List<StageDeadline> deadlines(String instansiCode, int year) {
        return dsl.selectFrom(STAGE_DEADLINE)
                .where(STAGE_DEADLINE.INSTANSI_CODE.eq(instansiCode))
                .and(STAGE_DEADLINE.EVAL_YEAR.eq(year))
                .orderBy(STAGE_DEADLINE.DUE_DATE, STAGE_DEADLINE.STAGE)
                .fetch(r -> new StageDeadline(
                        r.getInstansiCode(), r.getEvalYear(), r.getStage(), r.getName(), r.getDueDate()));
    }

    void saveDeadline(StageDeadline deadline) {
        dsl.mergeInto(STAGE_DEADLINE)
                .using(dsl.selectOne())
                .on(STAGE_DEADLINE.INSTANSI_CODE.eq(deadline.instansiCode()))
                .and(STAGE_DEADLINE.EVAL_YEAR.eq(deadline.year()))
                .and(STAGE_DEADLINE.STAGE.eq(deadline.stage()))
                .whenMatchedThenUpdate()
                .set(STAGE_DEADLINE.NAME, deadline.name())
                .set(STAGE_DEADLINE.DUE_DATE, deadline.dueDate())
                .whenNotMatchedThenInsert(
                        STAGE_DEADLINE.INSTANSI_CODE,
                        STAGE_DEADLINE.EVAL_YEAR,
                        STAGE_DEADLINE.STAGE,
                        STAGE_DEADLINE.NAME,
                        STAGE_DEADLINE.DUE_DATE)
                .values(deadline.instansiCode(), deadline.year(), deadline.stage(), deadline.name(), deadline.dueDate())
                .execute();
    }
}
