package id.pantauspbe.opd;

import static id.pantauspbe.jooq.Tables.EVIDENCE_FILE;
import static id.pantauspbe.jooq.Tables.EVIDENCE_ITEM;

import id.pantauspbe.jooq.tables.records.EvidenceFileRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class EvidenceFileRepository {

    /** A file with where its bytes are kept. */
    record Stored(EvidenceFile file, String storageKey) {}

    private final DSLContext dsl;

    EvidenceFileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<EvidenceFile> files(long evidenceId) {
        return dsl.selectFrom(EVIDENCE_FILE)
                .where(EVIDENCE_FILE.EVIDENCE_ID.eq(evidenceId))
                .orderBy(EVIDENCE_FILE.UPLOADED_AT, EVIDENCE_FILE.ID)
                .fetch(EvidenceFileRepository::toFile);
    }

    /** The files of a year's checklist by evidence item id. */
    Map<Long, List<EvidenceFile>> filesOfYear(String instansiCode, int year) {
        return dsl
                .select(EVIDENCE_FILE.asterisk())
                .from(EVIDENCE_FILE)
                .join(EVIDENCE_ITEM)
                .on(EVIDENCE_ITEM.ID.eq(EVIDENCE_FILE.EVIDENCE_ID))
                .where(EVIDENCE_ITEM.INSTANSI_CODE.eq(instansiCode))
                .and(EVIDENCE_ITEM.EVAL_YEAR.eq(year))
                .orderBy(EVIDENCE_FILE.UPLOADED_AT, EVIDENCE_FILE.ID)
                .fetch(r -> toFile(r.into(EVIDENCE_FILE)))
                .stream()
                .collect(Collectors.groupingBy(EvidenceFile::evidenceId, Collectors.toList()));
    }

    Optional<Stored> find(long id) {
        return dsl.selectFrom(EVIDENCE_FILE)
                .where(EVIDENCE_FILE.ID.eq(id))
                .fetchOptional(r -> new Stored(toFile(r), r.getStorageKey()));
    }

    long insert(
            long evidenceId,
            String originalName,
            String contentType,
            long size,
            String sha256,
            String storageKey,
            String user,
            OffsetDateTime at) {
        return dsl.insertInto(EVIDENCE_FILE)
                .set(EVIDENCE_FILE.EVIDENCE_ID, evidenceId)
                .set(EVIDENCE_FILE.ORIGINAL_NAME, originalName)
                .set(EVIDENCE_FILE.CONTENT_TYPE, contentType)
                .set(EVIDENCE_FILE.SIZE_BYTES, size)
                .set(EVIDENCE_FILE.SHA256, sha256)
                .set(EVIDENCE_FILE.STORAGE_KEY, storageKey)
                .set(EVIDENCE_FILE.UPLOADED_BY, user)
                .set(EVIDENCE_FILE.UPLOADED_AT, at)
                .returningResult(EVIDENCE_FILE.ID)
                .fetchSingle()
                .value1();
    }

    void delete(long id) {
        dsl.deleteFrom(EVIDENCE_FILE).where(EVIDENCE_FILE.ID.eq(id)).execute();
    }

    /**
     * Records on the item that a document was added: a new version by the user, and status Diunggah
     * (no longer waiting for re-confirmation) when it was Belum.
     */
    void documentAdded(long evidenceId, String user, OffsetDateTime at) {
        var wasEmpty = EVIDENCE_ITEM.STATUS.eq(EvidenceStatus.BELUM.name());
        dsl.update(EVIDENCE_ITEM)
                .set(
                        EVIDENCE_ITEM.STATUS,
                        DSL.when(wasEmpty, EvidenceStatus.DIUNGGAH.name()).otherwise(EVIDENCE_ITEM.STATUS))
                .set(
                        EVIDENCE_ITEM.NEEDS_RECONFIRMATION,
                        DSL.when(wasEmpty, DSL.inline(false)).otherwise(EVIDENCE_ITEM.NEEDS_RECONFIRMATION))
                .set(EVIDENCE_ITEM.UPDATED_BY, user)
                .set(EVIDENCE_ITEM.UPDATED_AT, at)
                .set(EVIDENCE_ITEM.VERSION, EVIDENCE_ITEM.VERSION.plus(1))
                .where(EVIDENCE_ITEM.ID.eq(evidenceId))
                .execute();
    }

    /**
     * Records on the item that a file was removed: a new version by the user, and status Belum again
     * when it was Diunggah and has no document left (no file, no link).
     */
    void documentRemoved(long evidenceId, String user, OffsetDateTime at) {
        var nothingLeft = EVIDENCE_ITEM
                .STATUS
                .eq(EvidenceStatus.DIUNGGAH.name())
                .and(EVIDENCE_ITEM.LINK.isNull())
                .andNotExists(dsl.selectOne().from(EVIDENCE_FILE).where(EVIDENCE_FILE.EVIDENCE_ID.eq(evidenceId)));
        dsl.update(EVIDENCE_ITEM)
                .set(
                        EVIDENCE_ITEM.STATUS,
                        DSL.when(nothingLeft, EvidenceStatus.BELUM.name()).otherwise(EVIDENCE_ITEM.STATUS))
                .set(EVIDENCE_ITEM.UPDATED_BY, user)
                .set(EVIDENCE_ITEM.UPDATED_AT, at)
                .set(EVIDENCE_ITEM.VERSION, EVIDENCE_ITEM.VERSION.plus(1))
                .where(EVIDENCE_ITEM.ID.eq(evidenceId))
                .execute();
    }

    /** Where the files of a year's checklist are kept (to remove them with the year). */
    List<String> storageKeysOfYear(String instansiCode, int year) {
        return dsl.select(EVIDENCE_FILE.STORAGE_KEY)
                .from(EVIDENCE_FILE)
                .join(EVIDENCE_ITEM)
                .on(EVIDENCE_ITEM.ID.eq(EVIDENCE_FILE.EVIDENCE_ID))
                .where(EVIDENCE_ITEM.INSTANSI_CODE.eq(instansiCode))
                .and(EVIDENCE_ITEM.EVAL_YEAR.eq(year))
                .fetch(EVIDENCE_FILE.STORAGE_KEY);
    }

    /** Removes the file records of a year's checklist. */
    void deleteYear(String instansiCode, int year) {
        dsl.deleteFrom(EVIDENCE_FILE)
                .where(EVIDENCE_FILE.EVIDENCE_ID.in(dsl.select(EVIDENCE_ITEM.ID)
                        .from(EVIDENCE_ITEM)
                        .where(EVIDENCE_ITEM.INSTANSI_CODE.eq(instansiCode))
                        .and(EVIDENCE_ITEM.EVAL_YEAR.eq(year))))
                .execute();
    }

    private static EvidenceFile toFile(EvidenceFileRecord r) {
        return new EvidenceFile(
                r.getId(),
                r.getEvidenceId(),
                r.getOriginalName(),
                r.getContentType(),
                r.getSizeBytes(),
                r.getSha256(),
                r.getUploadedBy(),
                r.getUploadedAt());
    }
}
