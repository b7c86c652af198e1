package id.pantauspbe.analysis;

import static id.pantauspbe.jooq.Tables.ANALYSIS_SETTING;

import java.math.BigDecimal;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AnalysisRepository {

    private final DSLContext dsl;

    AnalysisRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<String, BigDecimal> settings() {
        return dsl.selectFrom(ANALYSIS_SETTING).fetchMap(ANALYSIS_SETTING.NAME, ANALYSIS_SETTING.SCORE);
    }

    void saveSetting(String name, BigDecimal value) {
        int updated = dsl.update(ANALYSIS_SETTING)
                .set(ANALYSIS_SETTING.SCORE, value)
                .where(ANALYSIS_SETTING.NAME.eq(name))
                .execute();
        if (updated == 0) {
            dsl.insertInto(ANALYSIS_SETTING)
                    .set(ANALYSIS_SETTING.NAME, name)
                    .set(ANALYSIS_SETTING.SCORE, value)
                    .execute();
        }
    }
}
