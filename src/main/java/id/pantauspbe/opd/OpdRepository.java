package id.pantauspbe.opd;

import static id.pantauspbe.jooq.Tables.OPD;

import java.util.List;
import org.jooq.DSLContext;
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
}
