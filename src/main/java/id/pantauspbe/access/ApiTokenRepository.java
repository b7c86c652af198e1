package id.pantauspbe.access;

import static id.pantauspbe.base.EnumColumns.asEnum;
import static id.pantauspbe.jooq.Tables.API_TOKEN;
import static id.pantauspbe.jooq.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    /** The account behind a token: only enabled accounts are returned. */
    record Owner(long tokenId, String username, Role role) {}

    private final DSLContext dsl;

    ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(String username, String name, String hash, String prefix, OffsetDateTime createdAt) {
        return dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.USERNAME, username)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, hash)
                .set(API_TOKEN.TOKEN_PREFIX, prefix)
                .set(API_TOKEN.CREATED_AT, createdAt)
                .returning(API_TOKEN.ID)
                .fetchOne(API_TOKEN.ID);
    }

    Optional<Owner> ownerOf(String hash) {
        return dsl.select(DSL.row(API_TOKEN.ID, APP_USER.USERNAME, asEnum(APP_USER.ROLE, Role.class))
                        .mapping(Owner::new))
                .from(API_TOKEN)
                .join(APP_USER)
                .on(APP_USER.USERNAME.eq(API_TOKEN.USERNAME))
                .where(API_TOKEN.TOKEN_HASH.eq(hash))
                .and(APP_USER.ENABLED.isTrue())
                .fetchOptional(Record1::value1);
    }

    List<ApiToken> listFor(String username) {
        return dsl.select(
                        API_TOKEN.ID,
                        API_TOKEN.NAME,
                        API_TOKEN.TOKEN_PREFIX,
                        API_TOKEN.CREATED_AT,
                        API_TOKEN.LAST_USED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.USERNAME.eq(username))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(r -> new ApiToken(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    int count(String username) {
        return dsl.fetchCount(API_TOKEN, API_TOKEN.USERNAME.eq(username));
    }

    Optional<ApiToken> find(long id, String username) {
        return listFor(username).stream().filter(t -> t.id() == id).findFirst();
    }

    int delete(long id, String username) {
        return dsl.deleteFrom(API_TOKEN)
                .where(API_TOKEN.ID.eq(id))
                .and(API_TOKEN.USERNAME.eq(username))
                .execute();
    }

    /** Deletes every token of an account and answers what was deleted (for the audit). */
    List<ApiToken> deleteAll(String username) {
        List<ApiToken> tokens = listFor(username);
        dsl.deleteFrom(API_TOKEN).where(API_TOKEN.USERNAME.eq(username)).execute();
        return tokens;
    }

    void touch(long id, OffsetDateTime at) {
        dsl.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, at)
                .where(API_TOKEN.ID.eq(id))
                .execute();
    }
}
