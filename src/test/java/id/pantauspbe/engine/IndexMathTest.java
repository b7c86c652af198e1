package id.pantauspbe.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndexMathTest {

    @Test
    void displayRoundsHalfUpOnTheExactValue() {
        assertThat(IndexMath.display(new BigDecimal("4.765"))).isEqualByComparingTo("4.77");
        assertThat(IndexMath.display(new BigDecimal("2.50499999"))).isEqualByComparingTo("2.50");
    }
}
