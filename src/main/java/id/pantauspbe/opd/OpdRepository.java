package id.pantauspbe.opd;

import static id.pantauspbe.base.EnumColumns.asEnum;
import static id.pantauspbe.jooq.Tables.FRAMEWORK_NODE;
import static id.pantauspbe.jooq.Tables.INDICATOR_OWNER;
import static id.pantauspbe.jooq.Tables.OPD;
import static id.pantauspbe.jooq.Tables.OPD_CONTACT;
import static id.pantauspbe.jooq.Tables.OPD_SCORE;
import static id.pantauspbe.jooq.Tables.OPD_SCORING;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class OpdRepository {

    private final DSLContext dsl;

    OpdRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Opd> findByInstansi(String instansiCode) {
        return dsl.selectFrom(OPD)
                .where(OPD.INSTANSI_CODE.eq(instansiCode))
                .orderBy(OPD.ID)
                .fetch(r -> new Opd(r.getId(), r.getInstansiCode(), r.getName(), r.getShortName(), r.getGroupName()));
    }

    long insert(String instansiCode, String name, String shortName, String group) {
        return dsl.insertInto(OPD)
                .set(OPD.INSTANSI_CODE, instansiCode)
                .set(OPD.NAME, name)
                .set(OPD.SHORT_NAME, shortName)
                .set(OPD.GROUP_NAME, group)
                .returningResult(OPD.ID)
                .fetchSingle()
                .value1();
    }

    void update(long id, String name, String shortName, String group) {
        dsl.update(OPD)
                .set(OPD.NAME, name)
                .set(OPD.SHORT_NAME, shortName)
                .set(OPD.GROUP_NAME, group)
                .where(OPD.ID.eq(id))
                .execute();
    }

    /** The contacts of the OPDs of an instansi, by OPD id (OPDs without a contact left out). */
    Map<Long, OpdContact> contacts(String instansiCode) {
        Map<Long, OpdContact> result = new HashMap<>();
        dsl.select(
                        OPD_CONTACT.OPD_ID,
                        OPD_CONTACT.HEAD_NAME,
                        OPD_CONTACT.CONTACT_NAME,
                        OPD_CONTACT.CONTACT_EMAIL,
                        OPD_CONTACT.CONTACT_PHONE)
                .from(OPD_CONTACT)
                .join(OPD)
                .on(OPD.ID.eq(OPD_CONTACT.OPD_ID))
                .where(OPD.INSTANSI_CODE.eq(instansiCode))
                .forEach(r -> result.put(
                        r.value1(), new OpdContact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5())));
        return result;
    }

    void saveContact(OpdContact contact, String user, OffsetDateTime at) {
        int updated = dsl.update(OPD_CONTACT)
                .set(OPD_CONTACT.HEAD_NAME, contact.headName())
                .set(OPD_CONTACT.CONTACT_NAME, contact.contactName())
                .set(OPD_CONTACT.CONTACT_EMAIL, contact.email())
                .set(OPD_CONTACT.CONTACT_PHONE, contact.phone())
                .set(OPD_CONTACT.UPDATED_BY, user)
                .set(OPD_CONTACT.UPDATED_AT, at)
                .where(OPD_CONTACT.OPD_ID.eq(contact.opdId()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(OPD_CONTACT)
                    .set(OPD_CONTACT.OPD_ID, contact.opdId())
                    .set(OPD_CONTACT.HEAD_NAME, contact.headName())
                    .set(OPD_CONTACT.CONTACT_NAME, contact.contactName())
                    .set(OPD_CONTACT.CONTACT_EMAIL, contact.email())
                    .set(OPD_CONTACT.CONTACT_PHONE, contact.phone())
                    .set(OPD_CONTACT.UPDATED_BY, user)
                    .set(OPD_CONTACT.UPDATED_AT, at)
                    .execute();
        }
    }

    /** indicator code → (opd id → role) for one instansi and year. */
    Map<String, Map<Long, OwnerRole>> owners(String instansiCode, int year) {
        Map<String, Map<Long, OwnerRole>> result = new HashMap<>();
        dsl.select(FRAMEWORK_NODE.CODE, INDICATOR_OWNER.OPD_ID, asEnum(INDICATOR_OWNER.OWNER_ROLE, OwnerRole.class))
                .from(INDICATOR_OWNER)
                .join(FRAMEWORK_NODE)
                .on(FRAMEWORK_NODE.ID.eq(INDICATOR_OWNER.INDICATOR_ID))
                .where(INDICATOR_OWNER.INSTANSI_CODE.eq(instansiCode))
                .and(INDICATOR_OWNER.EVAL_YEAR.eq(year))
                .forEach(r ->
                        result.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return result;
    }

    void deleteOwners(String instansiCode, int year, long indicatorId) {
        dsl.deleteFrom(INDICATOR_OWNER)
                .where(INDICATOR_OWNER.INSTANSI_CODE.eq(instansiCode))
                .and(INDICATOR_OWNER.EVAL_YEAR.eq(year))
                .and(INDICATOR_OWNER.INDICATOR_ID.eq(indicatorId))
                .execute();
    }

    void insertOwner(String instansiCode, int year, long indicatorId, long opdId, OwnerRole role) {
        dsl.insertInto(INDICATOR_OWNER)
                .set(INDICATOR_OWNER.INSTANSI_CODE, instansiCode)
                .set(INDICATOR_OWNER.EVAL_YEAR, year)
                .set(INDICATOR_OWNER.INDICATOR_ID, indicatorId)
                .set(INDICATOR_OWNER.OPD_ID, opdId)
                .set(INDICATOR_OWNER.OWNER_ROLE, role.name())
                .execute();
    }

    Map<String, Long> indicatorIds(String frameworkCode) {
        return dsl.select(FRAMEWORK_NODE.CODE, FRAMEWORK_NODE.ID)
                .from(FRAMEWORK_NODE)
                .where(FRAMEWORK_NODE.FRAMEWORK_CODE.eq(frameworkCode))
                .and(FRAMEWORK_NODE.KIND.eq("INDICATOR"))
                .fetchMap(FRAMEWORK_NODE.CODE, FRAMEWORK_NODE.ID);
    }

    Optional<OpdScoring> scoring(String instansiCode, int year) {
        return dsl.select(OPD_SCORING.FRAMEWORK_CODE, asEnum(OPD_SCORING.AGGREGATION, OpdScoring.Aggregation.class))
                .from(OPD_SCORING)
                .where(OPD_SCORING.INSTANSI_CODE.eq(instansiCode))
                .and(OPD_SCORING.EVAL_YEAR.eq(year))
                .fetchOptional(Records.mapping(OpdScoring::new));
    }

    void saveScoring(String instansiCode, int year, OpdScoring scoring) {
        dsl.deleteFrom(OPD_SCORING)
                .where(OPD_SCORING.INSTANSI_CODE.eq(instansiCode))
                .and(OPD_SCORING.EVAL_YEAR.eq(year))
                .execute();
        dsl.insertInto(OPD_SCORING)
                .set(OPD_SCORING.INSTANSI_CODE, instansiCode)
                .set(OPD_SCORING.EVAL_YEAR, year)
                .set(OPD_SCORING.FRAMEWORK_CODE, scoring.frameworkCode())
                .set(OPD_SCORING.AGGREGATION, scoring.aggregation().name())
                .execute();
    }

    /** opd id → indicator code → score, for one instansi and year. */
    Map<Long, Map<String, BigDecimal>> scores(String instansiCode, int year) {
        Map<Long, Map<String, BigDecimal>> result = new HashMap<>();
        dsl.select(OPD_SCORE.OPD_ID, FRAMEWORK_NODE.CODE, OPD_SCORE.SCORE)
                .from(OPD_SCORE)
                .join(FRAMEWORK_NODE)
                .on(FRAMEWORK_NODE.ID.eq(OPD_SCORE.INDICATOR_ID))
                .where(OPD_SCORE.INSTANSI_CODE.eq(instansiCode))
                .and(OPD_SCORE.EVAL_YEAR.eq(year))
                .forEach(r ->
                        result.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return result;
    }

    void upsertScore(String instansiCode, int year, long opdId, long indicatorId, BigDecimal score) {
        int updated = dsl.update(OPD_SCORE)
                .set(OPD_SCORE.SCORE, score)
                .where(OPD_SCORE.INSTANSI_CODE.eq(instansiCode))
                .and(OPD_SCORE.EVAL_YEAR.eq(year))
                .and(OPD_SCORE.OPD_ID.eq(opdId))
                .and(OPD_SCORE.INDICATOR_ID.eq(indicatorId))
                .execute();
        if (updated == 0) {
            dsl.insertInto(OPD_SCORE)
                    .set(OPD_SCORE.INSTANSI_CODE, instansiCode)
                    .set(OPD_SCORE.EVAL_YEAR, year)
                    .set(OPD_SCORE.OPD_ID, opdId)
                    .set(OPD_SCORE.INDICATOR_ID, indicatorId)
                    .set(OPD_SCORE.SCORE, score)
                    .execute();
        }
    }
}
