package id.pantauspbe;

import id.pantauspbe.backup.Restore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    private static final String BACKGROUND_PREINITIALIZER_IGNORE = "spring.backgroundpreinitializer.ignore";

    public static void main(String[] args) {
        // --pantau.pulihkan=FILE.zip: restore into an empty data folder before anything else runs
        Restore.fromArguments(args);
        // Spring Boot's background pre-initialisation (a second thread warming up Hibernate Validator, Jackson,
        // the conversion service, ...) costs about 1 CPU second at start for parts this application does not
        // use or builds itself anyway (README, "Start-up time"); -Dspring.backgroundpreinitializer.ignore=false
        // turns it back on.
        if (System.getProperty(BACKGROUND_PREINITIALIZER_IGNORE) == null) {
            System.setProperty(BACKGROUND_PREINITIALIZER_IGNORE, "true");
        }
        SpringApplication application = new SpringApplication(Application.class);
        // -Dpantau.startup-jfr=true with -XX:StartFlightRecording: Spring's start-up steps (each bean's
        // creation, configuration classes, ...) as JFR events (README, "Start-up time")
        if (Boolean.getBoolean("pantau.startup-jfr")) {
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        application.run(args);
    }
}
