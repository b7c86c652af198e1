package id.pantauspbe.rakor;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.base.ui.Predikats;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG AA (contrast 4.5:1 for normal text) for every predikat colour and the text colour used on it:
 * the badges of the rakor and the dashboard (styles.css), the solid colours of {@link Predikats}, and
 * the band names printed on the pale bands of the PDF's trend chart.
 */
class PredikatContrastTest {

    private static final double AA = 4.5;
    private static final Path CSS = Path.of("src/main/resources/META-INF/resources/styles.css");

    @Test
    void contrastRatioIsComputedAsWcagDefinesIt() {
        assertThat(ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio(Color.WHITE, Color.WHITE)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        // a known pair: #777 on white is 4.48 (just below AA)
        assertThat(ratio(new Color(0x777777), Color.WHITE)).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void everyPredikatBadgeOfTheStylesheetHasAaContrast() throws IOException {
        String css = Files.readString(CSS);
        Map<String, Color> backgrounds = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\.(predikat-[1-5]) \\{ background: (#[0-9a-fA-F]{6}); }")
                .matcher(css);
        while (m.find()) {
            backgrounds.put(m.group(1), Color.decode(m.group(2)));
        }
        assertThat(backgrounds).hasSize(5);
        backgrounds.put("predikat-badge", Color.decode(property(css, ".predikat-badge", "background")));
        // the badge's own text colour, and the one in the rakor's large figures (where .fact-value sets dark text)
        for (String rule : new String[] {".predikat-badge", ".fact .predikat-badge"}) {
            Color text = Color.decode(expand(property(css, rule, "color")));
            backgrounds.forEach((name, background) -> assertThat(ratio(text, background))
                    .as("%s text on %s", rule, name)
                    .isGreaterThanOrEqualTo(AA));
        }
    }

    @Test
    void theSolidPredikatColoursCarryWhiteText() {
        for (int rank = 1; rank <= 5; rank++) {
            assertThat(ratio(Color.WHITE, Color.decode(Predikats.solid(rank))))
                    .as("white on %s", Predikats.solid(rank))
                    .isGreaterThanOrEqualTo(AA);
        }
    }

    @Test
    void bandNamesOnThePdfTrendChartAreReadable() {
        for (Color band : ReportCharts.BAND) {
            assertThat(ratio(ReportCharts.MUTED, band)).as("band %s", band).isGreaterThanOrEqualTo(AA);
        }
    }

    private static String property(String css, String selector, String name) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + " \\{([^}]*)}")
                .matcher(css);
        assertThat(rule.find()).as("rule %s", selector).isTrue();
        Matcher value = Pattern.compile("(?:^|;)\\s*" + name + ":\\s*(#[0-9a-fA-F]{3,6})")
                .matcher(rule.group(1));
        assertThat(value.find()).as("%s of %s", name, selector).isTrue();
        return value.group(1);
    }

    private static String expand(String hex) {
        return hex.length() == 4
                ? "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3) + hex.charAt(3)
                : hex;
    }

    /** WCAG 2 contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double s = value / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
