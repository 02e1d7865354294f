package jdk.crac;

/** TEST DOUBLE of jdk.crac.CheckpointException: the causes are attached as suppressed exceptions. */
public class CheckpointException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckpointException() {
        super();
    }
}
