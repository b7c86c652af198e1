package id.pantauspbe.backup;

import id.pantauspbe.base.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database is damaged nothing is served from it: every request but health answers 503, a
 * plain page (or {@code {"pesan": "…"}} under {@code /api/}) that names the newest backup and how to
 * restore it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DamagedDatabaseFilter extends OncePerRequestFilter {

    private final DatabaseIntegrity integrity;

    DamagedDatabaseFilter(DatabaseIntegrity integrity) {
        this.integrity = integrity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !integrity.damaged() || request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String backup = integrity.latestBackup().orElse(Messages.indonesian("health.noBackup"));
        String message = Messages.indonesian("damaged.message", backup);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"pesan\":\"" + json(message) + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>"
                        + HtmlUtils.htmlEscape(Messages.indonesian("damaged.title"))
                        + "</title></head><body><h1>"
                        + HtmlUtils.htmlEscape(Messages.indonesian("damaged.title"))
                        + "</h1><p class=\"damaged-message\">" + HtmlUtils.htmlEscape(message) + "</p></body></html>");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
