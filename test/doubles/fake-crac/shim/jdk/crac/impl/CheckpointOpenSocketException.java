package jdk.crac.impl;

/** TEST DOUBLE of jdk.crac.impl.CheckpointOpenSocketException, e.g. "tcp6 localAddr :: localPort 8080 remoteAddr :: remotePort 0". */
public class CheckpointOpenSocketException extends CheckpointOpenResourceException {
    private static final long serialVersionUID = 1L;

    public CheckpointOpenSocketException(String details) {
        super(details);
    }
}
