package id.pantauspbe.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndexMathTest {

    @Test
    void exactTextHasAtLeastFourDecimals() {
        assertThat(IndexMath.exactText(new BigDecimal("2.505"))).isEqualTo("2.5050");
        assertThat(IndexMath.exactText(new BigDecimal("3.19750"))).isEqualTo("3.1975");
        assertThat(IndexMath.exactText(new BigDecimal("4"))).isEqualTo("4.0000");
        assertThat(IndexMath.exactText(new BigDecimal("2.50125"))).isEqualTo("2.50125");
        assertThat(IndexMath.exactText(null)).isNull();
    }

    @Test
    void exactTextCutsANonTerminatingDraftQuotientToTenDecimals() {
        BigDecimal third = IndexMath.weightedMean(BigDecimal.TEN, BigDecimal.valueOf(3));
        assertThat(third.precision()).isEqualTo(34);
        assertThat(IndexMath.exactText(third)).isEqualTo("3.3333333333");
        BigDecimal twoThirds = IndexMath.weightedMean(BigDecimal.valueOf(20), BigDecimal.valueOf(3));
        assertThat(IndexMath.exactText(twoThirds)).isEqualTo("6.6666666667");
        // an exact value with many decimals that ends is kept up to the cut, trailing zeros dropped
        assertThat(IndexMath.exactText(new BigDecimal("3.15447761190000000"))).isEqualTo("3.1544776119");
    }

    @Test
    void displayRoundsHalfUpOnTheExactValue() {
        assertThat(IndexMath.display(new BigDecimal("4.765"))).isEqualByComparingTo("4.77");
        assertThat(IndexMath.display(new BigDecimal("2.50499999"))).isEqualByComparingTo("2.50");
    }
}
