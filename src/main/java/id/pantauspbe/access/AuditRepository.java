package id.pantauspbe.access;

import static id.pantauspbe.base.EnumColumns.asEnum;
import static id.pantauspbe.jooq.Tables.AUDIT_EVENT;
import static id.pantauspbe.jooq.Tables.AUDIT_IMPORT;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The audit trail: insert and read only. */
@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores an event; its id. */
    long insert(AuditEvent event) {
        return dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, event.at())
                .set(AUDIT_EVENT.USERNAME, event.username())
                .set(AUDIT_EVENT.ACTION, event.action().name())
                .set(AUDIT_EVENT.ENTITY, event.action().entity().name())
                .set(AUDIT_EVENT.ENTITY_KEY, event.key())
                .set(AUDIT_EVENT.INSTANSI_CODE, event.instansiCode())
                .set(AUDIT_EVENT.EVAL_YEAR, event.year())
                .set(AUDIT_EVENT.STAGE, event.stage())
                .set(AUDIT_EVENT.OLD_VALUE, event.oldValue())
                .set(AUDIT_EVENT.NEW_VALUE, event.newValue())
                .set(AUDIT_EVENT.DETAIL, event.detail())
                .returningResult(AUDIT_EVENT.ID)
                .fetchSingle()
                .value1();
    }

    void insertImport(long eventId, AuditService.ImportEntry entry, byte[] changes) {
        dsl.insertInto(AUDIT_IMPORT)
                .set(AUDIT_IMPORT.AUDIT_EVENT_ID, eventId)
                .set(AUDIT_IMPORT.FILE_NAME, entry.fileName())
                .set(AUDIT_IMPORT.SHA256, entry.sha256())
                .set(AUDIT_IMPORT.ROW_COUNT, entry.rows())
                .set(AUDIT_IMPORT.INSERTED, entry.inserted())
                .set(AUDIT_IMPORT.UPDATED, entry.updated())
                .set(AUDIT_IMPORT.UNCHANGED, entry.unchanged())
                .set(AUDIT_IMPORT.CHANGES, changes)
                .execute();
    }

    /** The compressed changed values of an import event. */
    Optional<byte[]> importChanges(long eventId) {
        return dsl.select(AUDIT_IMPORT.CHANGES)
                .from(AUDIT_IMPORT)
                .where(AUDIT_IMPORT.AUDIT_EVENT_ID.eq(eventId))
                .fetchOptional(AUDIT_IMPORT.CHANGES);
    }

    /** The matching events, newest first: {@code limit} of them from {@code offset}. */
    List<AuditEvent> find(AuditFilter filter, ZoneId zone, int offset, int limit) {
        return dsl.select(DSL.row(
                                AUDIT_EVENT.ID,
                                AUDIT_EVENT.OCCURRED_AT,
                                AUDIT_EVENT.USERNAME,
                                asEnum(AUDIT_EVENT.ACTION, AuditAction.class),
                                AUDIT_EVENT.ENTITY_KEY,
                                AUDIT_EVENT.INSTANSI_CODE,
                                AUDIT_EVENT.EVAL_YEAR,
                                AUDIT_EVENT.STAGE,
                                AUDIT_EVENT.OLD_VALUE,
                                AUDIT_EVENT.NEW_VALUE,
                                AUDIT_EVENT.DETAIL)
                        .mapping(AuditEvent::new))
                .from(AUDIT_EVENT)
                .where(conditions(filter, zone))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch(Record1::value1);
    }

    /** How many events match. */
    int count(AuditFilter filter, ZoneId zone) {
        return dsl.fetchCount(AUDIT_EVENT, conditions(filter, zone));
    }

    private static Condition conditions(AuditFilter filter, ZoneId zone) {
        List<Condition> where = new ArrayList<>();
        if (filter.username() != null) {
            where.add(AUDIT_EVENT.USERNAME.eq(filter.username()));
        }
        if (filter.entity() != null) {
            where.add(AUDIT_EVENT.ENTITY.eq(filter.entity().name()));
        }
        if (filter.instansiCode() != null) {
            where.add(AUDIT_EVENT.INSTANSI_CODE.eq(filter.instansiCode()));
        }
        if (filter.year() != null) {
            where.add(AUDIT_EVENT.EVAL_YEAR.eq(filter.year()));
        }
        if (filter.stage() != null) {
            where.add(AUDIT_EVENT.STAGE.eq(filter.stage()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            where.add(AUDIT_EVENT
                    .ENTITY_KEY
                    .containsIgnoreCase(text)
                    .or(AUDIT_EVENT.OLD_VALUE.containsIgnoreCase(text))
                    .or(AUDIT_EVENT.NEW_VALUE.containsIgnoreCase(text))
                    .or(AUDIT_EVENT.DETAIL.containsIgnoreCase(text)));
        }
        if (filter.from() != null) {
            where.add(
                    AUDIT_EVENT.OCCURRED_AT.ge(filter.from().atStartOfDay(zone).toOffsetDateTime()));
        }
        if (filter.to() != null) {
            where.add(AUDIT_EVENT.OCCURRED_AT.lt(
                    filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        return DSL.and(where);
    }

    List<String> usernames() {
        return dsl.selectDistinct(AUDIT_EVENT.USERNAME)
                .from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.USERNAME)
                .fetch(AUDIT_EVENT.USERNAME);
    }
}
