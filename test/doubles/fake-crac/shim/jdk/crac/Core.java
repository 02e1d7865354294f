package jdk.crac;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * TEST DOUBLE of CRaC's jdk.crac.Core as a JDK 17 CRaC build has it (openjdk/crac
 * src/java.base/share/classes/jdk/crac/Core.java): the global context, and checkpointRestore() for an
 * app that checkpoints itself. The checkpoint itself is jdk.internal.fakecrac.Engine.
 */
public class Core {
    private static final GlobalContext GLOBAL = new GlobalContext();

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    public static void checkpointRestore() throws CheckpointException, RestoreException {
        jdk.internal.fakecrac.Engine.checkpointRestore();
    }

    /**
     * CRaC's global context is ordered: beforeCheckpoint in the reverse order of registration,
     * afterRestore in the order of registration. It holds its Resources weakly (CRaC's docs: keep a
     * strong reference to a Resource, or it may never be called).
     */
    static final class GlobalContext extends Context<Resource> {
        private final List<WeakReference<Resource>> resources = new ArrayList<>();

        @Override
        public synchronized void register(Resource resource) {
            resources.add(new WeakReference<>(resource));
        }

        private synchronized List<Resource> live() {
            List<Resource> out = new ArrayList<>();
            for (WeakReference<Resource> r : resources) {
                Resource res = r.get();
                if (res != null) out.add(res);
            }
            return out;
        }

        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
            List<Resource> rs = live();
            CheckpointException ex = null;
            for (int i = rs.size() - 1; i >= 0; i--) {
                try {
                    rs.get(i).beforeCheckpoint(this);
                } catch (Exception e) {
                    if (ex == null) ex = new CheckpointException();
                    ex.addSuppressed(e);
                }
            }
            if (ex != null) throw ex;
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) throws RestoreException {
            RestoreException ex = null;
            for (Resource r : live()) {
                try {
                    r.afterRestore(this);
                } catch (Exception e) {
                    if (ex == null) ex = new RestoreException();
                    ex.addSuppressed(e);
                }
            }
            if (ex != null) throw ex;
        }
    }
}
