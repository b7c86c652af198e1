package id.pantauspbe.framework;

import static id.pantauspbe.jooq.Tables.FRAMEWORK;
import static id.pantauspbe.jooq.Tables.FRAMEWORK_NODE;
import static id.pantauspbe.jooq.Tables.FRAMEWORK_YEAR;
import static id.pantauspbe.jooq.Tables.LEVEL_NAME;
import static id.pantauspbe.jooq.Tables.LEVEL_SCALE;
import static id.pantauspbe.jooq.Tables.PREDIKAT_BAND;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.Node;
import id.pantauspbe.engine.NodeKind;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.jooq.tables.records.FrameworkNodeRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class FrameworkRepository {

    private final DSLContext dsl;

    FrameworkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean frameworkExists(String code) {
        return dsl.fetchExists(FRAMEWORK, FRAMEWORK.CODE.eq(code));
    }

    boolean levelScaleExists(String code) {
        return dsl.fetchExists(LEVEL_SCALE, LEVEL_SCALE.CODE.eq(code));
    }

    void insertLevelScale(LevelScale scale) {
        dsl.insertInto(LEVEL_SCALE)
                .set(LEVEL_SCALE.CODE, scale.code())
                .set(LEVEL_SCALE.MIN_VALUE, scale.min())
                .set(LEVEL_SCALE.MAX_VALUE, scale.max())
                .set(LEVEL_SCALE.DECIMALS, scale.decimals())
                .execute();
        scale.names()
                .forEach((value, name) -> dsl.insertInto(LEVEL_NAME)
                        .set(LEVEL_NAME.LEVEL_SCALE, scale.code())
                        .set(LEVEL_NAME.LEVEL_VALUE, value)
                        .set(LEVEL_NAME.NAME, name)
                        .execute());
    }

    void insertFramework(String code, String name, String regulation, boolean hasDomains) {
        dsl.insertInto(FRAMEWORK)
                .set(FRAMEWORK.CODE, code)
                .set(FRAMEWORK.NAME, name)
                .set(FRAMEWORK.REGULATION, regulation)
                .set(FRAMEWORK.HAS_DOMAINS, hasDomains)
                .execute();
    }

    long insertNode(
            String frameworkCode,
            Long parentId,
            NodeKind kind,
            String code,
            String name,
            BigDecimal weight,
            int ordinal,
            String levelScale) {
        return dsl.insertInto(FRAMEWORK_NODE)
                .set(FRAMEWORK_NODE.FRAMEWORK_CODE, frameworkCode)
                .set(FRAMEWORK_NODE.PARENT_ID, parentId)
                .set(FRAMEWORK_NODE.KIND, kind.name())
                .set(FRAMEWORK_NODE.CODE, code)
                .set(FRAMEWORK_NODE.NAME, name)
                .set(FRAMEWORK_NODE.WEIGHT, weight)
                .set(FRAMEWORK_NODE.ORDINAL, ordinal)
                .set(FRAMEWORK_NODE.LEVEL_SCALE, levelScale)
                .returningResult(FRAMEWORK_NODE.ID)
                .fetchSingle()
                .value1();
    }

    void insertBand(String frameworkCode, PredikatBand band) {
        dsl.insertInto(PREDIKAT_BAND)
                .set(PREDIKAT_BAND.FRAMEWORK_CODE, frameworkCode)
                .set(PREDIKAT_BAND.RANK, band.rank())
                .set(PREDIKAT_BAND.NAME, band.name())
                .set(PREDIKAT_BAND.MIN_INCLUSIVE, band.minInclusive())
                .set(PREDIKAT_BAND.MAX_EXCLUSIVE, band.maxExclusive())
                .execute();
    }

    void insertYearIfAbsent(int year, String frameworkCode) {
        if (!dsl.fetchExists(FRAMEWORK_YEAR, FRAMEWORK_YEAR.EVAL_YEAR.eq(year))) {
            dsl.insertInto(FRAMEWORK_YEAR)
                    .set(FRAMEWORK_YEAR.EVAL_YEAR, year)
                    .set(FRAMEWORK_YEAR.FRAMEWORK_CODE, frameworkCode)
                    .execute();
        }
    }

    Map<Integer, String> frameworkYears() {
        return dsl.selectFrom(FRAMEWORK_YEAR)
                .orderBy(FRAMEWORK_YEAR.EVAL_YEAR)
                .fetchMap(FRAMEWORK_YEAR.EVAL_YEAR, FRAMEWORK_YEAR.FRAMEWORK_CODE);
    }

    Map<String, String> regulations() {
        return dsl.select(FRAMEWORK.CODE, FRAMEWORK.REGULATION)
                .from(FRAMEWORK)
                .fetchMap(FRAMEWORK.CODE, FRAMEWORK.REGULATION);
    }

    /** Every framework as an engine tree, with scales and predikat bands. */
    List<Framework> loadAll() {
        Map<String, LevelScale> scales = loadScales();
        Map<String, List<PredikatBand>> bands =
                dsl.selectFrom(PREDIKAT_BAND).orderBy(PREDIKAT_BAND.RANK).fetch().stream()
                        .collect(Collectors.groupingBy(
                                r -> r.getFrameworkCode(),
                                Collectors.mapping(
                                        r -> new PredikatBand(
                                                r.getRank(), r.getName(), r.getMinInclusive(), r.getMaxExclusive()),
                                        Collectors.toList())));
        Map<String, List<FrameworkNodeRecord>> nodesByFramework = new LinkedHashMap<>();
        for (FrameworkNodeRecord node :
                dsl.selectFrom(FRAMEWORK_NODE).orderBy(FRAMEWORK_NODE.ORDINAL).fetch()) {
            nodesByFramework
                    .computeIfAbsent(node.getFrameworkCode(), k -> new ArrayList<>())
                    .add(node);
        }
        List<Framework> frameworks = new ArrayList<>();
        for (var fw : dsl.selectFrom(FRAMEWORK).orderBy(FRAMEWORK.CODE).fetch()) {
            List<FrameworkNodeRecord> nodes = nodesByFramework.getOrDefault(fw.getCode(), List.of());
            Map<Long, List<FrameworkNodeRecord>> children = new HashMap<>();
            List<FrameworkNodeRecord> roots = new ArrayList<>();
            for (FrameworkNodeRecord node : nodes) {
                if (node.getParentId() == null) {
                    roots.add(node);
                } else {
                    children.computeIfAbsent(node.getParentId(), k -> new ArrayList<>())
                            .add(node);
                }
            }
            frameworks.add(new Framework(
                    fw.getCode(),
                    fw.getName(),
                    roots.stream().map(r -> toNode(r, children, scales)).toList(),
                    bands.getOrDefault(fw.getCode(), List.of())));
        }
        return frameworks;
    }

    private Map<String, LevelScale> loadScales() {
        Map<String, Map<BigDecimal, String>> names = new HashMap<>();
        for (var name : dsl.selectFrom(LEVEL_NAME).fetch()) {
            names.computeIfAbsent(name.getLevelScale(), k -> new HashMap<>()).put(name.getLevelValue(), name.getName());
        }
        Map<String, LevelScale> scales = new HashMap<>();
        for (var scale : dsl.selectFrom(LEVEL_SCALE).fetch()) {
            scales.put(
                    scale.getCode(),
                    new LevelScale(
                            scale.getCode(),
                            scale.getMinValue(),
                            scale.getMaxValue(),
                            scale.getDecimals(),
                            names.getOrDefault(scale.getCode(), Map.of())));
        }
        return scales;
    }

    private static Node toNode(
            FrameworkNodeRecord record, Map<Long, List<FrameworkNodeRecord>> children, Map<String, LevelScale> scales) {
        return new Node(
                record.getCode(),
                NodeKind.valueOf(record.getKind()),
                record.getName(),
                record.getWeight(),
                record.getLevelScale() == null ? null : scales.get(record.getLevelScale()),
                children.getOrDefault(record.getId(), List.of()).stream()
                        .map(c -> toNode(c, children, scales))
                        .toList());
    }
}
