package id.pantauspbe.rakor;

import static id.pantauspbe.jooq.Tables.ACTION_ITEM;
import static id.pantauspbe.jooq.Tables.OPD;
import static id.pantauspbe.jooq.Tables.RAKOR;

import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.ActionStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class RakorRepository {

    private final DSLContext dsl;

    RakorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Rakor> find(String instansiCode, int year) {
        return dsl.selectFrom(RAKOR)
                .where(RAKOR.INSTANSI_CODE.eq(instansiCode))
                .and(RAKOR.EVAL_YEAR.eq(year))
                .fetchOptional(RakorRepository::toRakor);
    }

    /** The latest rakor of a year before {@code year}. */
    Optional<Rakor> previous(String instansiCode, int year) {
        return dsl.selectFrom(RAKOR)
                .where(RAKOR.INSTANSI_CODE.eq(instansiCode))
                .and(RAKOR.EVAL_YEAR.lt(year))
                .orderBy(RAKOR.EVAL_YEAR.desc())
                .limit(1)
                .fetchOptional(RakorRepository::toRakor);
    }

    long insert(String instansiCode, int year, LocalDate heldOn, OffsetDateTime snapshotAt, String user) {
        return dsl.insertInto(RAKOR)
                .set(RAKOR.INSTANSI_CODE, instansiCode)
                .set(RAKOR.EVAL_YEAR, year)
                .set(RAKOR.HELD_ON, heldOn)
                .set(RAKOR.SNAPSHOT_AT, snapshotAt)
                .set(RAKOR.UPDATED_BY, user)
                .set(RAKOR.UPDATED_AT, snapshotAt)
                .returning(RAKOR.ID)
                .fetchSingle()
                .getId();
    }

    void update(long id, String closingText, OffsetDateTime snapshotAt, String user, OffsetDateTime now) {
        dsl.update(RAKOR)
                .set(RAKOR.CLOSING_TEXT, closingText)
                .set(RAKOR.SNAPSHOT_AT, snapshotAt)
                .set(RAKOR.UPDATED_BY, user)
                .set(RAKOR.UPDATED_AT, now)
                .where(RAKOR.ID.eq(id))
                .execute();
    }

    void updateHeldOn(long id, LocalDate heldOn) {
        dsl.update(RAKOR).set(RAKOR.HELD_ON, heldOn).where(RAKOR.ID.eq(id)).execute();
    }

    List<ActionItem> actions(long rakorId) {
        return select(ACTION_ITEM.RAKOR_ID.eq(rakorId));
    }

    Optional<ActionItem> action(long id) {
        return select(ACTION_ITEM.ID.eq(id)).stream().findFirst();
    }

    /** The action items of an OPD from every rakor, newest rakor first. */
    List<ActionItem> actionsOfOpd(long opdId) {
        return select(ACTION_ITEM.OPD_ID.eq(opdId));
    }

    private List<ActionItem> select(Condition condition) {
        return dsl.select(ACTION_ITEM.asterisk(), RAKOR.EVAL_YEAR, OPD.NAME)
                .from(ACTION_ITEM)
                .join(RAKOR)
                .on(RAKOR.ID.eq(ACTION_ITEM.RAKOR_ID))
                .leftJoin(OPD)
                .on(OPD.ID.eq(ACTION_ITEM.OPD_ID))
                .where(condition)
                .orderBy(RAKOR.EVAL_YEAR.desc(), ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.ID)
                .fetch(RakorRepository::toAction);
    }

    long insertAction(long rakorId, ActionItem item, String user, OffsetDateTime now) {
        return dsl.insertInto(ACTION_ITEM)
                .set(ACTION_ITEM.RAKOR_ID, rakorId)
                .set(ACTION_ITEM.OPD_ID, item.opdId())
                .set(ACTION_ITEM.WHAT, item.what())
                .set(ACTION_ITEM.WHO, item.who())
                .set(ACTION_ITEM.DUE_DATE, item.due())
                .set(ACTION_ITEM.STATUS, item.status().name())
                .set(ACTION_ITEM.UPDATED_BY, user)
                .set(ACTION_ITEM.UPDATED_AT, now)
                .returning(ACTION_ITEM.ID)
                .fetchSingle()
                .getId();
    }

    void updateAction(ActionItem item, String user, OffsetDateTime now) {
        dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.OPD_ID, item.opdId())
                .set(ACTION_ITEM.WHAT, item.what())
                .set(ACTION_ITEM.WHO, item.who())
                .set(ACTION_ITEM.DUE_DATE, item.due())
                .set(ACTION_ITEM.STATUS, item.status().name())
                .set(ACTION_ITEM.UPDATED_BY, user)
                .set(ACTION_ITEM.UPDATED_AT, now)
                .where(ACTION_ITEM.ID.eq(item.id()))
                .execute();
    }

    void deleteAction(long id) {
        dsl.deleteFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id)).execute();
    }

    private static Rakor toRakor(id.pantauspbe.jooq.tables.records.RakorRecord r) {
        return new Rakor(
                r.getId(),
                r.getInstansiCode(),
                r.getEvalYear(),
                r.getHeldOn(),
                r.getSnapshotAt(),
                r.getClosingText(),
                r.getUpdatedBy(),
                r.getUpdatedAt());
    }

    private static ActionItem toAction(Record r) {
        return new ActionItem(
                r.get(ACTION_ITEM.ID),
                r.get(ACTION_ITEM.RAKOR_ID),
                r.get(RAKOR.EVAL_YEAR),
                r.get(ACTION_ITEM.OPD_ID),
                r.get(OPD.NAME),
                r.get(ACTION_ITEM.WHAT),
                r.get(ACTION_ITEM.WHO),
                r.get(ACTION_ITEM.DUE_DATE),
                r.get(ACTION_ITEM.STATUS, ActionStatus.class));
    }
}
