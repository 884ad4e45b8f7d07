package org.jaxl.compiler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jaxl.JaxlContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleContext;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

/**
 * The second core's share of a split fused map (see {@link FusedLoopNode}): one daemon worker
 * thread per further core, which enters the caller's context (the language admits its
 * {@link Worker} threads, and only them, as further threads: {@code JaxlLanguage.isThreadAccessAllowed})
 * and calls the {@link FusedHalfRoot}. The caller runs the first half meanwhile and then either
 * waits for the worker or, when no worker has started the half yet, runs it itself.
 */
public final class SecondCore {
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
                    Math.max(1, Runtime.getRuntime().availableProcessors() - 1), Worker::new);
    /** Threads between {@link #start} and {@link #finish}: while one splits, a worker may join its context. */
    private static final Set<Thread> SPLITTING = ConcurrentHashMap.newKeySet();

    /**
     * Whether a context may run {@code thread} alongside others: a worker, or a thread that is
     * splitting a loop with one. Any other second thread (an embedder's) is refused, as before.
     */
    public static boolean mayShare(Thread thread) {
        return thread instanceof Worker || SPLITTING.contains(thread);
    }

    /** A thread of the pool that runs second halves; the only extra thread a Jaxl context admits. */
    public static final class Worker extends Thread {
        Worker(Runnable body) {
            super(body, "jaxl-second-core");
            setDaemon(true);
        }
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
        WORKERS.execute(half);
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
