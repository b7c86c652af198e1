package id.pantauspbe.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock ("today" of deadlines and overdue evidence): the system clock, or a fixed
 * day when {@code pantau.clock.fixed-date} is set (tests use it so countdowns do not depend on the day
 * they run).
 */
@Configuration
class ClockConfig {

    @Bean
    Clock clock(@Value("${pantau.clock.fixed-date:}") String fixedDate) {
        if (fixedDate.isBlank()) {
            return Clock.systemDefaultZone();
        }
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(LocalDate.parse(fixedDate).atTime(9, 0).atZone(zone).toInstant(), zone);
    }
}
