import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * checkpoint-image's sample app: an HTTP server with a slow start (INIT_MS of simulated start-up
 * work, default 2000). Its answer carries the JVM's start time and a request counter, which survive
 * a checkpoint/restore: a restored process reports a start time from before it was restored.
 * HOLD_CONNECTION=true keeps a client connection open, which CRIU cannot checkpoint.
 */
public class Hello {
    static final Map<Integer, String> WARM = new HashMap<>();
    static java.net.Socket HELD;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        long initMillis = Long.parseLong(System.getenv().getOrDefault("INIT_MS", "2000"));
        long startedAt = ManagementFactory.getRuntimeMXBean().getStartTime();
        long deadline = System.currentTimeMillis() + initMillis;
        int i = 0;
        while (System.currentTimeMillis() < deadline) {
            WARM.put(i % 200_000, Integer.toHexString(i * 31 + WARM.size()));
            i++;
        }
        System.gc(); // drop start-up garbage so the checkpoint stays small
        AtomicLong hits = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", port), 50);
        server.createContext("/", ex -> {
            byte[] body = ("{\"pid\":" + ProcessHandle.current().pid()
                    + ",\"startedAt\":" + startedAt
                    + ",\"hits\":" + hits.incrementAndGet()
                    + ",\"warm\":" + WARM.size() + "}\n").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
        if ("true".equals(System.getenv("HOLD_CONNECTION"))) {
            // a client connection left open, as a forgotten database or HTTP client pool would be:
            // CRIU refuses to checkpoint it (used by the failure-diagnosis tests)
            HELD = new java.net.Socket("127.0.0.1", port);
        }
        System.out.println("READY port=" + port + " pid=" + ProcessHandle.current().pid() + " initMillis=" + initMillis);
        System.out.flush();
    }
}
