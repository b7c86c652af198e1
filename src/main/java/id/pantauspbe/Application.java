package id.pantauspbe;

import id.pantauspbe.backup.Restore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        // --pantau.pulihkan=FILE.zip: restore into an empty data folder before anything else runs
        Restore.fromArguments(args);
        SpringApplication.run(Application.class, args);
    }
}
