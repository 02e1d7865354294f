package jdk.internal.fakecrac;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jdk.crac.CheckpointException;
import jdk.crac.Context;
import jdk.crac.Core;
import jdk.crac.Resource;
import jdk.crac.RestoreException;
import jdk.crac.impl.CheckpointOpenSocketException;

/**
 * TEST DOUBLE of the JVM side of a CRaC checkpoint (a java agent the fake `java` adds to every JVM).
 * It follows, step by step:
 *  - openjdk/crac src/java.base/share/classes/jdk/crac/Core.java (JDK 17 CRaC): checkpointRestore1:
 *    beforeCheckpoint on the global context, the JVM's checks, the native checkpoint, afterRestore;
 *    failures are a jdk.crac.CheckpointException with the causes suppressed; "C/R is not configured"
 *    without -XX:CRaCCheckpointTo; checkpointRestoreInternal: jcmd gets the stack trace, prefixed by
 *    "An exception during a checkpoint operation:"; a KeepAlive non-daemon thread (jdk/internal/crac/
 *    mirror/impl/KeepAlive.java) keeps the JVM alive while Resources stop their threads.
 *  - openjdk/crac src/hotspot/os/linux/crac_linux.cpp VM_Crac::check_fds: every descriptor opened by
 *    the application (not inherited at VM start, not claimed, not the jcmd socket) fails the
 *    checkpoint; sockets are described as in src/java.base/unix/native/libjava/FileDescriptor_md.c
 *    find_sock_details ("tcp6 localAddr :: localPort 8080 remoteAddr :: remotePort 0", from
 *    /proc/net/{tcp,udp,tcp6,udp6} by the socket's inode), the text of spring-framework#33103.
 *    ONLY SOCKETS are checked here: regular files are not (a real CRaC JVM also refuses them), and
 *    unnamed unix sockets are taken for the JDK's own (NIO's pre-close socketpair, which a CRaC JDK
 *    claims itself), so a native library's socketpair would pass here and fail for real.
 *  - openjdk/crac src/java.base/linux/native/libcriuengine/criuengine.cpp checkpoint() and
 *    execute_criu(): CRIU is <JDK>/lib/criu (not PATH), run from a grandchild that leaves the JVM's
 *    process tree: `criu dump -t <pid> -D <dir> -v4 -o dump4.log --shell-job` + CRAC_CRIU_OPTS; on
 *    success CRIU kills the JVM (exit 137); on failure "CRIU failed with exit code N - check
 *    <dir>/dump4.log" and the JVM carries on. ONE ADDITION: --unprivileged (see the fake `java`).
 *    The JVM learns it was restored from criuhelper's
 *    post-resume kick (here a file written by the fake criuhelper instead of RESTORE_SIGNAL).
 * jcmd reaches this engine through a FIFO (<state>/<pid>.ctl) instead of the attach socket.
 */
public final class Engine {
    static final String STATE = "/var/lib/fake-crac";
    private static String checkpointTo;
    private static String jdkHome;
    private static final Set<Integer> INHERITED = new HashSet<>();
    private static final Object LOCK = new Object();

    private Engine() {
    }

    /** Agent entry: args "home=<fake JDK home>;to=<CRaCCheckpointTo or empty>". */
    public static void premain(String args) {
        for (String kv : (args == null ? "" : args).split(";")) {
            if (kv.startsWith("home=")) jdkHome = kv.substring(5);
            if (kv.startsWith("to=") && kv.length() > 3) checkpointTo = kv.substring(3);
        }
        // crac::vm_create_start records the descriptors the VM was started with ("inherited from process env")
        INHERITED.addAll(openFds());
        Thread t = new Thread(Engine::listen, "Attach Listener");
        t.setDaemon(true);
        t.start();
    }

    private static List<Integer> openFds() {
        List<Integer> fds = new ArrayList<>();
        String[] names = new File("/proc/self/fd").list();
        if (names != null) for (String n : names) fds.add(Integer.parseInt(n));
        return fds;
    }

    /** The jcmd channel: one request per line, "JDK.checkpoint <reply fifo>". */
    private static void listen() {
        long pid = ProcessHandle.current().pid();
        String ctl = STATE + "/" + pid + ".ctl";
        try {
            Files.createDirectories(Path.of(STATE));
            Files.deleteIfExists(Path.of(ctl));
            new ProcessBuilder("mkfifo", ctl).inheritIO().start().waitFor();
        } catch (Exception e) {
            return;
        }
        while (true) {
            String line;
            // the FIFO is open only while a request is read, never while the JVM is checkpointed
            try (BufferedReader r = new BufferedReader(new FileReader(ctl, StandardCharsets.UTF_8))) {
                line = r.readLine();
            } catch (IOException e) {
                return;
            }
            if (line == null) continue;
            int sp = line.indexOf(' ');
            if (sp < 0) continue;
            handle(line.substring(0, sp), line.substring(sp + 1));
        }
    }

    private static void handle(String command, String replyPath) {
        Reply reply = new Reply(replyPath);
        if (!command.equals("JDK.checkpoint")) {
            reply.print("java.lang.IllegalArgumentException: Unknown diagnostic command\n");
            reply.close();
            return;
        }
        try {
            checkpointRestore(reply);
        } catch (CheckpointException e) {
            PrintStream out = reply.stream();
            out.print("An exception during a checkpoint operation:\n");
            e.printStackTrace(out);
        } catch (RestoreException e) {
            e.printStackTrace();
        } finally {
            reply.close();
        }
    }

    /** Core.checkpointRestore() for an app that checkpoints itself. */
    public static void checkpointRestore() throws CheckpointException, RestoreException {
        checkpointRestore(null);
    }

    private static void checkpointRestore(Reply reply) throws CheckpointException, RestoreException {
        synchronized (LOCK) {
            Thread keepAlive = new Thread(() -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    // checkpoint/restore finished
                }
            }, "CRaC KeepAlive");
            keepAlive.setDaemon(false);
            keepAlive.start();
            try {
                checkpointRestoreLocked(reply);
            } finally {
                keepAlive.interrupt();
            }
        }
    }

    private static void checkpointRestoreLocked(Reply reply) throws CheckpointException, RestoreException {
        {
            Context<Resource> global = Core.getGlobalContext();
            CheckpointException failure = null;
            try {
                global.beforeCheckpoint(null);
            } catch (CheckpointException e) {
                failure = e;
            } catch (Exception e) {
                failure = new CheckpointException();
                failure.addSuppressed(e);
            }
            List<Exception> jvm = new ArrayList<>();
            if (checkpointTo == null) {
                jvm.add(new RuntimeException("C/R is not configured"));
            } else {
                jvm.addAll(checkFds());
            }
            if (jvm.isEmpty() && failure == null) {
                if (reply != null) {
                    // VM_Crac: "CR: Checkpoint ..." completes the jcmd operation before CRIU runs
                    reply.print("CR: Checkpoint ...\n");
                    reply.close();
                }
                if (!dump()) jvm.add(new RuntimeException("Native checkpoint failed."));
            }
            if (!jvm.isEmpty()) {
                if (failure == null) failure = new CheckpointException();
                for (Exception e : jvm) failure.addSuppressed(e);
            }
            try {
                global.afterRestore(null);
            } catch (RestoreException e) {
                if (failure == null) throw e;
                failure.addSuppressed(e);
            } catch (Exception e) {
                if (failure == null) {
                    RestoreException re = new RestoreException();
                    re.addSuppressed(e);
                    throw re;
                }
                failure.addSuppressed(e);
            }
            if (failure != null) throw failure;
        }
    }

    /** VM_Crac::check_fds, for sockets only. */
    private static List<Exception> checkFds() {
        List<Exception> out = new ArrayList<>();
        for (int fd : openFds()) {
            if (INHERITED.contains(fd)) continue;
            String link;
            try {
                link = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            } catch (IOException e) {
                continue; // closed meanwhile (the directory listing's own descriptor)
            }
            if (!link.startsWith("socket:[")) continue;
            String ino = link.substring(8, link.length() - 1);
            if (unnamedUnixSocket(ino)) continue;
            String details = sockDetails(ino);
            out.add(new CheckpointOpenSocketException(details != null ? details : "FD fd=" + fd + " type=socket path=" + link));
        }
        return out;
    }

    private static boolean unnamedUnixSocket(String ino) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/net/unix"))) {
                String[] f = l.trim().split("\\s+");
                if (f.length >= 7 && f[6].equals(ino)) return f.length == 7;
            }
        } catch (IOException e) {
            // no /proc/net/unix: report the socket
        }
        return false;
    }

    private static String sockDetails(String ino) {
        String[] bases = {"tcp", "udp", "tcp6", "udp6"};
        for (int b = 0; b < bases.length; b++) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of("/proc/net/" + bases[b]));
            } catch (IOException e) {
                continue;
            }
            for (String l : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = l.trim().split("\\s+");
                if (f.length < 10 || !f[9].equals(ino)) continue;
                boolean v6 = b >= 2;
                String[] local = f[1].split(":");
                String[] remote = f[2].split(":");
                return bases[b] + " localAddr " + ntop(local[0], v6) + " localPort " + Integer.parseInt(local[1], 16)
                        + " remoteAddr " + ntop(remote[0], v6) + " remotePort " + Integer.parseInt(remote[1], 16);
            }
        }
        return null;
    }

    /** The address as glibc's inet_ntop prints it; /proc/net holds 32-bit words in host (little-endian) order. */
    static String ntop(String hex, boolean v6) {
        int words = v6 ? 4 : 1;
        byte[] bytes = new byte[words * 4];
        for (int w = 0; w < words; w++) {
            long v = Long.parseLong(hex.substring(w * 8, w * 8 + 8), 16);
            for (int i = 0; i < 4; i++) bytes[w * 4 + i] = (byte) (v >>> (8 * i));
        }
        if (!v6) return dotted(bytes, 0);
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        int bestBase = -1, bestLen = 0, curBase = -1, curLen = 0;
        for (int i = 0; i < 8; i++) {
            if (g[i] == 0) {
                if (curBase < 0) { curBase = i; curLen = 1; } else curLen++;
                if (curLen > bestLen) { bestBase = curBase; bestLen = curLen; }
            } else curBase = -1;
        }
        if (bestLen < 2) bestBase = -1;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) s.append(':');
                continue;
            }
            if (i != 0) s.append(':');
            // IPv4-compatible or IPv4-mapped tail, as glibc prints it
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && g[5] == 0xffff))) {
                s.append(dotted(bytes, 12));
                break;
            }
            s.append(Integer.toHexString(g[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) s.append(':');
        return s.toString();
    }

    private static String dotted(byte[] b, int off) {
        return (b[off] & 0xff) + "." + (b[off + 1] & 0xff) + "." + (b[off + 2] & 0xff) + "." + (b[off + 3] & 0xff);
    }

    // criuengine.cpp execute_criu(): the grandchild leaves the JVM's tree, runs CRIU and reports a failure
    private static final String DUMP = String.join("\n",
            "criu=$1 pid=$2 dir=$3 state=$4 opts=$5",
            "(",
            "  \"$criu\" dump -t \"$pid\" -D \"$dir\" -v4 -o dump4.log --shell-job --unprivileged $opts </dev/null",
            "  rc=$?",
            "  if [ \"$rc\" -ne 0 ]; then",
            "    echo \"CRIU failed with exit code $rc - check $dir/dump4.log\" >&2",
            "    echo \"$rc\" >\"$state/$pid.dump-failed\"",
            "  fi",
            ") &",
            "");

    /** criuengine checkpoint(): true once restored, false when CRIU failed (the JVM carries on). */
    private static boolean dump() {
        String criu = jdkHome + "/lib/criu";
        if (!new File(criu).exists()) {
            System.err.println("CRIU executable does not exist in " + criu);
            return false;
        }
        long pid = ProcessHandle.current().pid();
        Path failed = Path.of(STATE, pid + ".dump-failed");
        Path restored = Path.of(STATE, pid + ".restored");
        try {
            Files.deleteIfExists(failed);
            Files.deleteIfExists(restored);
            new File(checkpointTo).mkdirs();
            String opts = System.getenv().getOrDefault("CRAC_CRIU_OPTS", "");
            Process p = new ProcessBuilder("/bin/sh", "-c", DUMP, "fake-crac-engine", criu, String.valueOf(pid), checkpointTo, STATE, opts)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            p.waitFor();
            // frozen and killed by CRIU here on success; after a restore, criuhelper's post-resume kicks us
            while (true) {
                if (Files.exists(restored)) return true;
                if (Files.exists(failed)) {
                    System.out.println("JVM: invalid info for restore provided: queued code -1");
                    return false;
                }
                Thread.sleep(5);
            }
        } catch (IOException | InterruptedException e) {
            e.printStackTrace();
            return false;
        }
    }

    /** The jcmd reply FIFO, opened on first use; after close, output goes to the JVM's stdout (as VM_Crac's tty). */
    static final class Reply {
        private final String path;
        private PrintStream out;
        private boolean closed;

        Reply(String path) {
            this.path = path;
        }

        PrintStream stream() {
            if (closed) return System.out;
            if (out == null) {
                try {
                    out = new PrintStream(new FileOutputStream(path), true, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    closed = true;
                    return System.out;
                }
            }
            return out;
        }

        void print(String s) {
            stream().print(s);
        }

        void close() {
            if (out != null) out.close();
            closed = true;
        }
    }
}
