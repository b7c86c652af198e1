import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /api/v1/indeks with HTTP Basic (bcrypt on every call) and with a personal token (one
 * SHA-256): requests per second and median latency. Run against a started application:
 *
 *   java scripts/ApiAuthBenchmark.java http://127.0.0.1:18080 kadis demo [seconds] [threads]
 */
public class ApiAuthBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> made = client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/token?nama=benchmark"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .header("Authorization", basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(made.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + made.statusCode() + " " + made.body());
        }
        String bearer = "Bearer " + m.group(1);
        String url = base + "/api/v1/indeks?instansi=CONTOH&tahun=2021&tahap=final";
        run(client, url, basic, 3, threads); // warm-up
        run(client, url, bearer, 3, threads);
        report("Basic ", run(client, url, basic, seconds, threads), seconds);
        report("Bearer", run(client, url, bearer, seconds, threads), seconds);
    }

    private static void report(String name, List<Long> nanos, int seconds) {
        Collections.sort(nanos);
        System.out.printf(
                "%s: %d requests in %d s = %.1f requests/s, p50 %.1f ms, p90 %.1f ms%n",
                name,
                nanos.size(),
                seconds,
                nanos.size() / (double) seconds,
                nanos.get(nanos.size() / 2) / 1e6,
                nanos.get(nanos.size() * 9 / 10) / 1e6);
    }

    private static List<Long> run(HttpClient client, String url, String authorization, int seconds, int threads)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("status " + response.statusCode());
                    }
                    times.add(System.nanoTime() - start);
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> part : parts) {
            all.addAll(part.get());
        }
        pool.shutdown();
        return all;
    }
}
