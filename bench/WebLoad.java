import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load generator: N clients, each signed in with its own session, request one page back to back for
 * a fixed time after a warm-up. Prints p50/p95/p99 latency, requests per second and the bytes of a response as
 * sent. Like a browser, a client accepts gzip (the bytes are counted as they arrive, not unpacked).
 *
 *   java bench/WebLoad.java BASE_URL PATH CLIENTS SECONDS [USER] [PASSWORD]
 */
public class WebLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String path = args[1];
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String user = args.length > 4 ? args[4] : "honbu";
        String password = args.length > 5 ? args[5] : "kenpo-demo";

        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) sessions.add(signIn(base, user, password));

        runFor(sessions, base + path, 2, null, null);  // warm-up, not counted
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        BYTES.set(0);
        long start = System.nanoTime();
        runFor(sessions, base + path, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-45s clients %3d  n %6d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %7.1f req/s  %6.1f KB  errors %d%n",
                path, clients, sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.size() / elapsed, sorted.isEmpty() ? 0 : BYTES.get() / 1024.0 / sorted.size(), errors.get());
    }

    /** Bytes received in the counted run. */
    static final java.util.concurrent.atomic.AtomicLong BYTES = new java.util.concurrent.atomic.AtomicLong();

    static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) return Double.NaN;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    static void runFor(List<HttpClient> sessions, String url, int seconds, List<Long> latencies, AtomicInteger errors)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(sessions.size());
        for (HttpClient client : sessions) {
            Thread t = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                        .header("Accept-Encoding", "gzip").build();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        if (latencies != null) {
                            if (response.statusCode() == 200) {
                                latencies.add(t1 - t0);
                                BYTES.addAndGet(response.body().length);
                            }
                            else errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        if (errors != null) errors.incrementAndGet();
                    }
                }
                done.countDown();
            });
            t.start();
        }
        done.await();
    }

    /** Signs in through the form, CSRF token and all, and keeps the session cookie in the client. */
    static HttpClient signIn(String base, String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the sign-in page");
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (location.contains("error")) throw new IllegalStateException("sign-in refused for " + user);
        return client;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
