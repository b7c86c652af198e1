package id.pantauspbe;

import id.pantauspbe.backup.Restore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        // --pantau.pulihkan=FILE.zip: restore into an empty data folder before anything else runs
        Restore.fromArguments(args);
        SpringApplication application = new SpringApplication(Application.class);
        // -Dpantau.startup-jfr=true with -XX:StartFlightRecording: Spring's start-up steps (each bean's
        // creation, configuration classes, ...) as JFR events (README, "Start-up time")
        if (Boolean.getBoolean("pantau.startup-jfr")) {
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        application.run(args);
    }
}
