package id.pantauspbe.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs where to open the application once it is ready (after the start-up loaders, demo data
 * included): "Pantau SPBE siap: buka http://localhost:8080".
 */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        log.info(
                "Pantau SPBE siap: buka {}",
                url(
                        env.getProperty("server.address"),
                        Integer.parseInt(port),
                        env.getProperty("server.servlet.context-path", ""),
                        env.getProperty("server.ssl.enabled", Boolean.class, false)));
    }

    /** The address to open: localhost for a wildcard or loopback address, an IPv6 address in brackets. */
    static String url(String address, int port, String contextPath, boolean https) {
        String host = "localhost";
        if (address != null && !address.isBlank()) {
            try {
                InetAddress inet = InetAddress.getByName(address.strip());
                if (!inet.isAnyLocalAddress() && !inet.isLoopbackAddress()) {
                    String text = address.strip();
                    host = text.contains(":") && !text.startsWith("[") ? "[" + text + "]" : text;
                }
            } catch (UnknownHostException e) {
                host = address.strip();
            }
        }
        String scheme = https ? "https" : "http";
        boolean defaultPort = https ? port == 443 : port == 80;
        String path = contextPath == null || contextPath.equals("/") ? "" : contextPath;
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }
}
