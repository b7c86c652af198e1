package id.pantauspbe.framework;

import id.pantauspbe.engine.PredikatBand;
import java.util.List;

/** Consecutive years under one framework, with what charts need to mark it. */
public record FrameworkSpan(
        String frameworkCode,
        String regulation,
        int firstYear,
        int lastYear,
        int indicatorCount,
        boolean hasDomains,
        List<PredikatBand> bands) {}
