package id.pantauspbe.access;

import static id.pantauspbe.base.EnumColumns.asEnum;
import static id.pantauspbe.jooq.Tables.APP_USER;
import static id.pantauspbe.jooq.Tables.OPD;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A user row with the OPD's short name, mapped to {@link AppUser}. */
    private static final SelectField<AppUser> USER = DSL.row(
                    APP_USER.USERNAME,
                    APP_USER.DISPLAY_NAME,
                    APP_USER.PASSWORD_HASH,
                    asEnum(APP_USER.ROLE, Role.class),
                    APP_USER.OPD_ID,
                    OPD.SHORT_NAME,
                    APP_USER.ENABLED)
            .mapping(AppUser::new);

    Optional<AppUser> find(String username) {
        return select().where(APP_USER.USERNAME.eq(username)).fetchOptional(Record1::value1);
    }

    List<AppUser> findAll() {
        return select().orderBy(APP_USER.ROLE, APP_USER.USERNAME).fetch(Record1::value1);
    }

    private SelectOnConditionStep<Record1<AppUser>> select() {
        return dsl.select(USER).from(APP_USER).leftJoin(OPD).on(OPD.ID.eq(APP_USER.OPD_ID));
    }

    void update(String username, String displayName, Role role, Long opdId) {
        dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.OPD_ID, opdId)
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    void setEnabled(String username, boolean enabled) {
        dsl.update(APP_USER)
                .set(APP_USER.ENABLED, enabled)
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    void setPassword(String username, String hash) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    /** The accounts locked at {@code now}, in one query. */
    java.util.Set<String> lockedAt(OffsetDateTime now) {
        return new java.util.HashSet<>(dsl.select(APP_USER.USERNAME)
                .from(APP_USER)
                .where(APP_USER.LOCKED_UNTIL.gt(now))
                .fetch(APP_USER.USERNAME));
    }

    Optional<OffsetDateTime> lockedUntil(String username) {
        return dsl.select(APP_USER.LOCKED_UNTIL)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(APP_USER.LOCKED_UNTIL);
    }

    /** An account's failed logins in a row and its lock. */
    record LoginState(int failures, OffsetDateTime lockedUntil) {}

    Optional<LoginState> loginState(String username) {
        return dsl.select(APP_USER.FAILED_LOGINS, APP_USER.LOCKED_UNTIL)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new LoginState(r.value1(), r.value2()));
    }

    void setFailures(String username, int failures) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, failures)
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    void lock(String username, OffsetDateTime until) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .set(APP_USER.LOCKED_UNTIL, until)
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    void clearFailures(String username) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.eq(username))
                .and(APP_USER.FAILED_LOGINS.gt(0).or(APP_USER.LOCKED_UNTIL.isNotNull()))
                .execute();
    }

    int count() {
        return dsl.fetchCount(APP_USER);
    }

    void insert(AppUser user) {
        dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, user.username())
                .set(APP_USER.DISPLAY_NAME, user.displayName())
                .set(APP_USER.PASSWORD_HASH, user.passwordHash())
                .set(APP_USER.ROLE, user.role().name())
                .set(APP_USER.OPD_ID, user.opdId())
                .set(APP_USER.ENABLED, user.enabled())
                .execute();
    }
}
