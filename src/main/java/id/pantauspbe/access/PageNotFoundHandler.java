package id.pantauspbe.access;

import id.pantauspbe.base.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * A signed-in browser asking for an address that is no view (Vaadin's security denies every path
 * it does not know): a small Indonesian "not available" page with status 404 and a way back,
 * instead of the browser's own error page for an empty 403. The same words as the views' {@code
 * NotFoundView}.
 */
public final class PageNotFoundHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String home = request.getContextPath() + "/";
        String html = "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>"
                + text("notFound.pageTitle") + "</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                + "<body style=\"font-family: sans-serif; margin: 2rem; color: #1a2332\">"
                + "<h2>" + text("notFound.heading") + "</h2>"
                + "<p class=\"not-found-text\">" + text("notFound.text", path) + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(home) + "\">" + text("notFound.back") + "</a></p>"
                + "</body></html>";
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String key, Object... params) {
        return HtmlUtils.htmlEscape(Messages.get(Messages.INDONESIAN, key, params));
    }
}
