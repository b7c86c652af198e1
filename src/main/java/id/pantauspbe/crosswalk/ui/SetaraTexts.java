package id.pantauspbe.crosswalk.ui;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.Texts;
import id.pantauspbe.crosswalk.ComparableIndex;
import id.pantauspbe.crosswalk.Setara;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The sentences of the comparable index, one wording for Tren, Ringkasan and the rakor slide:
 * "Pada indikator yang setara, nilai naik 0,12; penurunan indeks berasal dari 20 indikator baru."
 */
public final class SetaraTexts {

    private SetaraTexts() {}

    /** The main sentence of a bridge; empty when either year has no comparable value. */
    public static Optional<String> sentence(Setara.Bridge bridge, Texts text) {
        ComparableIndex.Comparison c = bridge.comparison();
        if (c.change() == null) {
            return Optional.empty();
        }
        BigDecimal change = c.change().setScale(2, RoundingMode.HALF_UP);
        String direction = direction(change);
        String amount = TextFormat.decimal(change.abs());
        int newIndicators = c.unmatchedTo().size();
        BigDecimal official = bridge.officialChange();
        if (official != null && official.signum() < 0 && change.signum() >= 0) {
            return Optional.of(text.get(
                    "setara.sentence.officialDown", text.get(direction), amount, String.valueOf(newIndicators)));
        }
        return Optional.of(text.get(
                "setara.sentence.plain",
                text.get(direction),
                amount,
                official == null ? "–" : text.get(direction(official)),
                official == null ? "–" : TextFormat.decimal(official.abs()),
                String.valueOf(newIndicators)));
    }

    /** "Dihitung atas 83% bobot 2020 dan 65% bobot 2021; …" with the provisional note and the disclaimer. */
    public static String basis(Setara.Bridge bridge, Texts text) {
        ComparableIndex.Comparison c = bridge.comparison();
        String basis = text.get(
                "setara.basis",
                TextFormat.percent(c.fromCoverage()),
                String.valueOf(bridge.fromYear()),
                TextFormat.percent(c.toCoverage()),
                String.valueOf(bridge.toYear()),
                bridge.fromRegulation(),
                bridge.toRegulation());
        if (!bridge.toSettled()) {
            basis += " " + text.get("setara.provisional", String.valueOf(bridge.toYear()));
        }
        return basis + " " + text.get("setara.disclaimer");
    }

    /** "2,95 → 3,07" of the comparable index. */
    public static String figures(Setara.Bridge bridge) {
        ComparableIndex.Comparison c = bridge.comparison();
        return TextFormat.decimal(round(c.fromIndex())) + " → " + TextFormat.decimal(round(c.toIndex()));
    }

    private static String direction(BigDecimal change) {
        return change.signum() > 0 ? "setara.up" : change.signum() < 0 ? "setara.down" : "setara.same";
    }

    static BigDecimal round(BigDecimal exact) {
        return exact == null ? null : exact.setScale(2, RoundingMode.HALF_UP);
    }
}
