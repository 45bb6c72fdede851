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
 *
 * A PATH of the form "POST /targets?year=2026" measures saving that page's grid form instead: each client reads the
 * page once, then posts the whole form back to back, each time with one cell of its own changed (client i the
 * target of branch i+1, alternating between two texts, its version kept up to date), as a person editing one cell
 * of the grid and pressing 保存 would without JavaScript. "POSTJS /targets?year=2026" posts what the page's script
 * (static/targets.js) sends instead: the changed cell and its version only. A save answers 302; anything else counts
 * as an error.
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

        if (path.startsWith("POST ") || path.startsWith("POSTJS ")) {
            boolean changedOnly = path.startsWith("POSTJS ");
            saveLoop(sessions, base, path.substring(path.indexOf(' ') + 1), seconds, changedOnly);
            return;
        }
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

    /** The grid's cell each client changes, and the two texts it alternates between. */
    static final String CELL_KPI = "SS_AVERAGE_DAYS";
    static final String[] TEXTS = {"8日以内", "7日以内"};
    static final Pattern INPUT = Pattern.compile(
            "<input[^>]*?name=\"(t_\\d\\d_[A-Z0-9_]+|v_\\d\\d_[A-Z0-9_]+|_csrf|year)\"[^>]*?value=\"([^\"]*)\"");

    static void saveLoop(List<HttpClient> sessions, String base, String path, int seconds, boolean changedOnly)
            throws Exception {
        List<java.util.Map<String, String>> forms = new ArrayList<>();
        for (HttpClient client : sessions) {
            String page = client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
            Matcher m = INPUT.matcher(page);
            while (m.find()) form.putIfAbsent(m.group(1), m.group(2).replace("&amp;", "&"));
            if (form.keySet().stream().noneMatch(k -> k.startsWith("t_"))) throw new IllegalStateException("no grid on " + path);
            forms.add(form);
        }
        String action = base + path.replaceFirst("\\?.*", "");
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long warm = System.nanoTime() + 2_000_000_000L;
        long end = warm + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            HttpClient client = sessions.get(i);
            java.util.Map<String, String> form = forms.get(i);
            String cell = String.format("t_%02d_%s", i % 47 + 1, CELL_KPI);
            String version = "v" + cell.substring(1);
            // The first save must change the cell (a save of the text it holds changes nothing, and its version stays).
            int first = TEXTS[0].equals(form.getOrDefault(cell, "")) ? 1 : 0;
            new Thread(() -> {
                int n = first;
                while (System.nanoTime() < end) {
                    form.put(cell, TEXTS[n++ % 2]);
                    StringBuilder body = new StringBuilder();
                    form.forEach((k, v) -> {
                        boolean sent = !changedOnly || !(k.startsWith("t_") || k.startsWith("v_"))
                                || k.equals(cell) || k.equals(version);
                        if (sent) body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v));
                    });
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(action))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        boolean saved = r.statusCode() == 302;
                        // The page would now show the cell at its next version with the text just saved.
                        if (saved) {
                            String was = form.get(version);
                            int next = was == null ? 0 : Integer.parseInt(was.substring(0, was.indexOf(':'))) + 1;
                            form.put(version, next + ":" + form.get(cell));
                        }
                        if (t0 > warm) {
                            if (saved) latencies.add(t1 - t0); else errors.incrementAndGet();
                        }
                        if (!saved) {
                            // Says why once, so that a run with no saves is not silent about it.
                            System.err.println(cell + ": save answered " + r.statusCode() + " after " + (n - 1 - first) + " saves");
                            break;
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        break;
                    }
                }
                done.countDown();
            }).start();
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-45s clients %3d  n %6d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %7.1f req/s  %6.1f KB  errors %d%n",
                (changedOnly ? "POSTJS" : "POST") + path, sessions.size(), sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.size() / (double) seconds, 0.0, errors.get());
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
