import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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
 *
 * CRaC refuses to checkpoint a JVM with open sockets, listening ones included
 * (CheckpointOpenSocketException), so the server closes its socket before a checkpoint and opens it
 * again after the restore, through a CRaC Resource (org.crac when the app ships it, else the JDK's
 * jdk.crac). It is registered by reflection, so the same class runs on any JDK; on a JDK without
 * CRaC nothing is registered. CRAC_CLOSE_ON_CHECKPOINT=false leaves the socket open (the failure
 * CRaC reports then is what the tests check).
 */
public class Hello {
    static final Map<Integer, String> WARM = new HashMap<>();
    static java.net.Socket HELD;
    static volatile HttpServer server;
    /** CRaC's global context holds its Resources weakly: this keeps ours alive. */
    static Object cracResource;

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
        server = startServer(port, startedAt, hits);
        registerCracResource(port, startedAt, hits);
        if ("true".equals(System.getenv("HOLD_CONNECTION"))) {
            // a client connection left open, as a forgotten database or HTTP client pool would be:
            // CRIU refuses to checkpoint it (used by the failure-diagnosis tests)
            HELD = new java.net.Socket("127.0.0.1", port);
        }
        System.out.println("READY port=" + port + " pid=" + ProcessHandle.current().pid() + " initMillis=" + initMillis);
        System.out.flush();
    }

    static HttpServer startServer(int port, long startedAt, AtomicLong hits) throws IOException {
        HttpServer srv = HttpServer.create(new InetSocketAddress("0.0.0.0", port), 50);
        srv.createContext("/", ex -> {
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
        srv.start();
        return srv;
    }

    /**
     * afterRestore runs on the thread that took the checkpoint (for jcmd, the JVM's daemon "Attach
     * Listener"), and HttpServer's dispatcher inherits its daemon flag: started from there, nothing
     * would keep the JVM alive once the checkpoint call returns. A non-daemon thread starts it.
     */
    static void restartServer(int port, long startedAt, AtomicLong hits) throws Exception {
        Exception[] failure = new Exception[1];
        Thread t = new Thread(() -> {
            try {
                server = startServer(port, startedAt, hits);
            } catch (IOException e) {
                failure[0] = e;
            }
        }, "restart-http-server");
        t.setDaemon(false);
        t.start();
        t.join();
        if (failure[0] != null) throw failure[0];
    }

    /** Closes the listening socket before a CRaC checkpoint and reopens it after the restore. */
    static void registerCracResource(int port, long startedAt, AtomicLong hits) {
        if ("false".equals(System.getenv("CRAC_CLOSE_ON_CHECKPOINT"))) return;
        for (String pkg : new String[] {"org.crac", "jdk.crac"}) {
            try {
                Class<?> resource = Class.forName(pkg + ".Resource");
                Object context = Class.forName(pkg + ".Core").getMethod("getGlobalContext").invoke(null);
                Method register = Class.forName(pkg + ".Context").getMethod("register", resource);
                cracResource = Proxy.newProxyInstance(Hello.class.getClassLoader(), new Class<?>[] {resource}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "beforeCheckpoint":
                            server.stop(0);
                            return null;
                        case "afterRestore":
                            restartServer(port, startedAt, hits);
                            return null;
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            return "Hello's CRaC resource (closes port " + port + " around a checkpoint)";
                    }
                });
                register.invoke(context, cracResource);
                return;
            } catch (ClassNotFoundException e) {
                // not this API: try the next, or run without CRaC
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot register the CRaC resource through " + pkg, e);
            }
        }
    }
}
