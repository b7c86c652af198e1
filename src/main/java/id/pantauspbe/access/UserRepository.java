package id.pantauspbe.access;

import static id.pantauspbe.jooq.Tables.APP_USER;
import static id.pantauspbe.jooq.Tables.OPD;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<AppUser> find(String username) {
        return dsl.select(
                        APP_USER.USERNAME,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.PASSWORD_HASH,
                        APP_USER.ROLE,
                        APP_USER.OPD_ID,
                        OPD.SHORT_NAME,
                        APP_USER.ENABLED)
                .from(APP_USER)
                .leftJoin(OPD)
                .on(OPD.ID.eq(APP_USER.OPD_ID))
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new AppUser(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        Role.valueOf(r.value4()),
                        r.value5(),
                        r.value6(),
                        r.value7()));
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
