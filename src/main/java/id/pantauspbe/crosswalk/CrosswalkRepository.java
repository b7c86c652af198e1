package id.pantauspbe.crosswalk;

import static id.pantauspbe.jooq.Tables.CROSSWALK;
import static id.pantauspbe.jooq.Tables.CROSSWALK_PAIR;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;

@Repository
class CrosswalkRepository {

    private final DSLContext dsl;

    CrosswalkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean loaded(String fromFramework, String toFramework) {
        return dsl.fetchExists(
                CROSSWALK, CROSSWALK.FROM_FRAMEWORK.eq(fromFramework).and(CROSSWALK.TO_FRAMEWORK.eq(toFramework)));
    }

    void markLoaded(String fromFramework, String toFramework, OffsetDateTime at) {
        dsl.insertInto(CROSSWALK)
                .set(CROSSWALK.FROM_FRAMEWORK, fromFramework)
                .set(CROSSWALK.TO_FRAMEWORK, toFramework)
                .set(CROSSWALK.LOADED_AT, at)
                .execute();
    }

    long insert(CrosswalkPair pair) {
        return dsl.insertInto(CROSSWALK_PAIR)
                .set(CROSSWALK_PAIR.FROM_FRAMEWORK, pair.fromFramework())
                .set(CROSSWALK_PAIR.FROM_INDICATOR, pair.fromIndicator())
                .set(CROSSWALK_PAIR.TO_FRAMEWORK, pair.toFramework())
                .set(CROSSWALK_PAIR.TO_INDICATOR, pair.toIndicator())
                .set(CROSSWALK_PAIR.REASON, pair.reason())
                .returning(CROSSWALK_PAIR.ID)
                .fetchOne(CROSSWALK_PAIR.ID);
    }

    int updateReason(long id, String reason) {
        return dsl.update(CROSSWALK_PAIR)
                .set(CROSSWALK_PAIR.REASON, reason)
                .where(CROSSWALK_PAIR.ID.eq(id))
                .execute();
    }

    int delete(long id) {
        return dsl.deleteFrom(CROSSWALK_PAIR).where(CROSSWALK_PAIR.ID.eq(id)).execute();
    }

    boolean exists(CrosswalkPair pair) {
        return dsl.fetchExists(
                CROSSWALK_PAIR,
                CROSSWALK_PAIR
                        .FROM_FRAMEWORK
                        .eq(pair.fromFramework())
                        .and(CROSSWALK_PAIR.FROM_INDICATOR.eq(pair.fromIndicator()))
                        .and(CROSSWALK_PAIR.TO_FRAMEWORK.eq(pair.toFramework()))
                        .and(CROSSWALK_PAIR.TO_INDICATOR.eq(pair.toIndicator())));
    }

    /** Every pair, in the order stored. */
    List<CrosswalkPair> all() {
        return pairs().orderBy(CROSSWALK_PAIR.ID).fetch(Records.mapping(CrosswalkPair::new));
    }

    Optional<CrosswalkPair> find(long id) {
        return pairs().where(CROSSWALK_PAIR.ID.eq(id)).fetchOptional(Records.mapping(CrosswalkPair::new));
    }

    private SelectJoinStep<Record6<Long, String, String, String, String, String>> pairs() {
        return dsl.select(
                        CROSSWALK_PAIR.ID,
                        CROSSWALK_PAIR.FROM_FRAMEWORK,
                        CROSSWALK_PAIR.FROM_INDICATOR,
                        CROSSWALK_PAIR.TO_FRAMEWORK,
                        CROSSWALK_PAIR.TO_INDICATOR,
                        CROSSWALK_PAIR.REASON)
                .from(CROSSWALK_PAIR);
    }
}
