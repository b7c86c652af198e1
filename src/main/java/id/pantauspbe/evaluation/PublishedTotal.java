package id.pantauspbe.evaluation;

import java.math.BigDecimal;

/** A figure published for an instansi without indicator detail: its index or a domain. */
public record PublishedTotal(int year, Target.Scope scope, String nodeName, BigDecimal value, String source) {}
