package org.jaxl.compiler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.jaxl.JaxlContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleContext;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

/**
 * The second core's share of a split fused map (see {@link FusedLoopNode}): one daemon worker
 * thread, which enters the caller's context (the language admits a second thread only while a
 * loop is being split, and only the worker: {@link #mayShare}) and calls the
 * {@link FusedHalfRoot}. The caller runs the first half meanwhile and then either waits for the
 * worker or, when the worker has not started the half yet, runs it itself. After each half the
 * worker spins for {@link #SPIN_NANOS} before it parks: calls in a loop hand it the next half
 * within that time, and a parked thread takes tens of microseconds to wake.
 */
public final class SecondCore {
    /** Whether there is a second core to split loops over. */
    static final boolean AVAILABLE = Runtime.getRuntime().availableProcessors() > 1;
    private static final long SPIN_NANOS = 200_000;
    /** Threads between {@link #start} and {@link #finish}: while one splits, the worker may join its context. */
    private static final Set<Thread> SPLITTING = ConcurrentHashMap.newKeySet();

    /**
     * Whether a context may run {@code thread} alongside others: the worker, or a thread that is
     * splitting a loop with it. Any other second thread (an embedder's) is refused, as before.
     */
    public static boolean mayShare(Thread thread) {
        return thread instanceof Worker || SPLITTING.contains(thread);
    }

    /** The thread that runs second halves; the only extra thread a Jaxl context admits. */
    public static final class Worker extends Thread {
        private final AtomicReference<Half> next = new AtomicReference<>();

        Worker() {
            super("jaxl-second-core");
            setDaemon(true);
            start();
        }

        /** Hands {@code half} over; false when the worker still has one (another caller's). */
        boolean offer(Half half) {
            if (!next.compareAndSet(null, half)) {
                return false;
            }
            LockSupport.unpark(this);
            return true;
        }

        @Override
        public void run() {
            long idleSince = System.nanoTime();
            while (true) {
                Half half = next.get();
                if (half != null) {
                    half.run();
                    next.set(null);
                    idleSince = System.nanoTime();
                } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }

    /** The worker, started by the first split (not by a context's start-up, which asks {@link #mayShare}). */
    private static final class WorkerHolder {
        static final Worker WORKER = new Worker();
    }

    /** The half {@code [from, to)} handed to a worker; {@link #finish} waits for it or runs it. */
    static final class Half implements Runnable {
        private final RootCallTarget target;
        private final TruffleContext context;
        private final Object[] arguments;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile boolean ran;
        private volatile Throwable failure;

        Half(RootCallTarget target, TruffleContext context, Object[] arguments) {
            this.target = target;
            this.context = context;
            this.arguments = arguments;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                Object previous = context.enter(null);
                try {
                    ran = (Boolean) target.call(arguments);
                } finally {
                    context.leave(null, previous);
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                done.countDown();
            }
        }

        /**
         * True when the worker computed the half; false when the caller must (it was not started,
         * or not compiled yet). The caller waits as a blocked Truffle thread, so that the
         * thread-local actions the worker's entering may post to it run meanwhile.
         */
        boolean finish(Node node) {
            if (claimed.compareAndSet(false, true)) {
                return false;
            }
            TruffleSafepoint.setBlockedThreadInterruptible(node, CountDownLatch::await, done);
            if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            }
            return ran;
        }
    }

    private SecondCore() {
    }

    @TruffleBoundary
    static Half start(Node node, RootCallTarget target, Object[] data, Object[] results, int from, int to) {
        Half half = new Half(target, JaxlContext.get(node).getEnv().getContext(), new Object[]{data, results, from, to});
        SPLITTING.add(Thread.currentThread());
        if (!WorkerHolder.WORKER.offer(half)) {
            half.claimed.set(true);  // the worker is busy: the caller runs both halves
            half.done.countDown();
        }
        return half;
    }

    @TruffleBoundary
    static boolean finish(Node node, Half half) {
        try {
            return half.finish(node);
        } finally {
            SPLITTING.remove(Thread.currentThread());
        }
    }
}
