package jdk.crac.impl;

/** TEST DOUBLE of jdk.crac.impl.CheckpointOpenResourceException (the message is the resource's description). */
public class CheckpointOpenResourceException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckpointOpenResourceException(String details) {
        super(details);
    }
}
