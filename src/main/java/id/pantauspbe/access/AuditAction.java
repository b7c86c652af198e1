package id.pantauspbe.access;

import id.pantauspbe.base.Translated;

/** What an audit event records; each action belongs to one kind of record. */
@Translated({"audit.action."})
public enum AuditAction {
    VALUE_SET(Entity.VALUE),
    VALUE_CHANGED(Entity.VALUE),
    VALUE_CORRECTED(Entity.VALUE),
    /** A bulk write of values: an import file or a loader, with counts and changed values. */
    VALUES_IMPORTED(Entity.VALUE),
    TARGET_SET(Entity.TARGET),
    EVIDENCE_CHANGED(Entity.EVIDENCE),
    EVIDENCE_ADDED(Entity.EVIDENCE),
    EVIDENCE_FILE_ADDED(Entity.EVIDENCE),
    EVIDENCE_FILE_REMOVED(Entity.EVIDENCE),
    EVIDENCE_DEADLINE(Entity.EVIDENCE),
    STAGE_OPENED(Entity.STAGE),
    STAGE_CLOSED(Entity.STAGE),
    STAGE_SCHEDULED(Entity.STAGE),
    USER_CREATED(Entity.USER),
    USER_CHANGED(Entity.USER),
    USER_ENABLED(Entity.USER),
    USER_DISABLED(Entity.USER),
    PASSWORD_RESET(Entity.USER),
    PASSWORD_CHANGED(Entity.USER),
    LOGIN_LOCKED(Entity.USER),
    TOKEN_CREATED(Entity.USER),
    TOKEN_REVOKED(Entity.USER),
    RAKOR_AGREEMENT(Entity.RAKOR),
    RAKOR_ACTION_ADDED(Entity.RAKOR),
    RAKOR_ACTION_STATUS(Entity.RAKOR),
    RAKOR_ACTION_DELETED(Entity.RAKOR),
    OPD_CONTACT(Entity.OPD),
    MAIL_SETTINGS(Entity.MAIL),
    MAIL_SENT(Entity.MAIL),
    MAIL_FAILED(Entity.MAIL),
    CROSSWALK_PAIR_SAVED(Entity.CROSSWALK),
    CROSSWALK_PAIR_DELETED(Entity.CROSSWALK);

    /** The kind of record an action changes. */
    @Translated({"audit.entity."})
    public enum Entity {
        VALUE,
        TARGET,
        EVIDENCE,
        STAGE,
        USER,
        RAKOR,
        OPD,
        MAIL,
        CROSSWALK
    }

    private final Entity entity;

    AuditAction(Entity entity) {
        this.entity = entity;
    }

    public Entity entity() {
        return entity;
    }
}
