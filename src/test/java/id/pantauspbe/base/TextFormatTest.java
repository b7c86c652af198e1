package id.pantauspbe.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class TextFormatTest {

    @Test
    void wholeLevelsReadWithoutDecimalsAndDecimalLevelsWithTwo() {
        // a 2018/2020 level stored as numeric(5,2)
        assertThat(TextFormat.level(new BigDecimal("3.00"), "Terdefinisi")).isEqualTo("3 Terdefinisi");
        assertThat(TextFormat.level(new BigDecimal("5.00"))).isEqualTo("5");
        // the decimal scale of 8/2026
        assertThat(TextFormat.level(new BigDecimal("3.25"), "Terdefinisi")).isEqualTo("3,25 Terdefinisi");
        assertThat(TextFormat.level(new BigDecimal("3.50"))).isEqualTo("3,50");
        assertThat(TextFormat.level(new BigDecimal("3.5"))).isEqualTo("3,50");
        assertThat(TextFormat.level(new BigDecimal("4"), null)).isEqualTo("4");
        assertThat(TextFormat.level(null)).isEqualTo("–");
        // an index stays a decimal figure
        assertThat(TextFormat.decimal(new BigDecimal("3.00"))).isEqualTo("3,00");
    }

    @Test
    void anExactIndexKeepsEveryDecimalWithADecimalComma() {
        assertThat(TextFormat.exact(new BigDecimal("3.1975"))).isEqualTo("3,1975");
        assertThat(TextFormat.exact(new BigDecimal("3.506"))).isEqualTo("3,506");
        assertThat(TextFormat.exact(null)).isEqualTo("–");
        assertThat(TextFormat.exactFour(new BigDecimal("0.095"))).isEqualTo("0,0950");
        assertThat(TextFormat.exactFour(new BigDecimal("0.1"))).isEqualTo("0,1000");
        assertThat(TextFormat.exactFour(new BigDecimal("0.006875"))).isEqualTo("0,006875");
        assertThat(TextFormat.exactFour(new BigDecimal("3.19750"))).isEqualTo("3,1975");
        assertThat(TextFormat.exactFour(null)).isEqualTo("–");
    }

    @Test
    void exactPlainHasAtLeastFourDecimals() {
        assertThat(TextFormat.exactPlain(new BigDecimal("2.505"))).isEqualTo("2.5050");
        assertThat(TextFormat.exactPlain(new BigDecimal("3.19750"))).isEqualTo("3.1975");
        assertThat(TextFormat.exactPlain(new BigDecimal("4"))).isEqualTo("4.0000");
        assertThat(TextFormat.exactPlain(new BigDecimal("2.50125"))).isEqualTo("2.50125");
        assertThat(TextFormat.exactPlain(null)).isNull();
    }

    @Test
    void exactPlainCutsANonTerminatingDraftQuotientToTenDecimals() {
        BigDecimal third = BigDecimal.TEN.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
        assertThat(third.precision()).isEqualTo(34);
        assertThat(TextFormat.exactPlain(third)).isEqualTo("3.3333333333");
        BigDecimal twoThirds = BigDecimal.valueOf(20).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
        assertThat(TextFormat.exactPlain(twoThirds)).isEqualTo("6.6666666667");
        // an exact value with many decimals that ends is kept up to the cut, trailing zeros dropped
        assertThat(TextFormat.exactPlain(new BigDecimal("3.15447761190000000"))).isEqualTo("3.1544776119");
    }
}
