package jdk.crac;

/**
 * TEST DOUBLE of CRaC's jdk.crac.Resource (openjdk/crac src/java.base/share/classes/jdk/crac/Resource.java):
 * the two callbacks the global context calls around a checkpoint.
 */
public interface Resource {
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
