package jdk.crac;

/** TEST DOUBLE of jdk.crac.RestoreException. */
public class RestoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public RestoreException() {
        super();
    }
}
