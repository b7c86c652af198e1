package id.pantauspbe.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description (springdoc) lists the API and its HTTP Basic security. */
@AppTest
class ApiDocumentationTest {

    @LocalServerPort
    int port;

    @Test
    void describesTheApiWithoutLogin() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = JsonMapper.builder().build().readTree(response.body());
        assertThat(doc.get("info").get("title").asString()).isEqualTo("Pantau SPBE API");
        assertThat(doc.get("paths").propertyNames())
                .contains("/api/v1/indeks", "/api/v1/impor/hasil", "/api/v1/impor/target", "/api/v1/ekspor/hasil");
        assertThat(doc.get("paths")
                        .get("/api/v1/impor/hasil")
                        .get("post")
                        .get("responses")
                        .propertyNames())
                .contains("200", "422");
        assertThat(doc.get("paths")
                        .get("/api/v1/indeks")
                        .get("get")
                        .get("summary")
                        .asString())
                .startsWith("Indeks SPBE");
        assertThat(doc.get("components")
                        .get("securitySchemes")
                        .get("basic")
                        .get("scheme")
                        .asString())
                .isEqualTo("basic");
        HttpResponse<String> ui = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui/index.html"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
    }
}
