package org.jaxl.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Python's {@code set} (and {@code frozenset} when {@link #isFrozen()}). The hash table is
 * CPython's own ({@code Objects/setobject.c}): open addressing with linear probes and perturbed
 * jumps, the same growth policy, dummies for deleted entries, and the same algorithms for merges,
 * intersections and differences. With Python's numeric hashes that makes the iteration order,
 * and so what {@code print({10, 5, 1})} shows, the same as CPython's.
 */
public final class PSet extends JaxlObject {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot (CPython's {@code dummy}); its hash is -1, which no key hashes to. */
    private static final Object DUMMY = new Object();
    private static final long DUMMY_HASH = -1;

    private final boolean frozen;
    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    /** Slots holding a key or a dummy. */
    private int fill;
    /** Slots holding a key. */
    private int used;
    /** Where {@link #pop()} starts looking (CPython's {@code finger}). */
    private int finger;

    public PSet() {
        this(false);
    }

    public PSet(boolean frozen) {
        this.frozen = frozen;
    }

    /** A new set or frozenset with the elements of any iterable, added as {@code set(iterable)} adds them. */
    @TruffleBoundary
    public static PSet of(Object iterable, boolean frozen, Node node) {
        PSet s = new PSet(frozen);
        s.update(iterable, node);
        return s;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    private int mask() {
        return keys.length - 1;
    }

    // ------------------------------------------------------------------ the table

    /** Adds {@code key}; raises TypeError when it is unhashable. */
    @TruffleBoundary
    public void add(Object key) {
        addEntry(key, PyObjects.hash(key));
    }

    /** CPython's {@code set_add_entry}. */
    private void addEntry(Object key, long hash) {
        int mask = mask();
        int i = (int) (hash & mask);
        int freeSlot = -1;
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    if (freeSlot >= 0) {
                        keys[freeSlot] = key;
                        hashes[freeSlot] = hash;
                        used++;
                        return;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (hashes[j] == hash && k != DUMMY && (k == key || PyObjects.eq(k, key))) {
                    return;
                }
                if (k == DUMMY && freeSlot < 0) {
                    freeSlot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** CPython's {@code set_lookkey}: the slot holding {@code key}, or -1. */
    private int lookup(Object key, long hash) {
        int mask = mask();
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (hashes[j] == hash && k != DUMMY && (k == key || PyObjects.eq(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** CPython's {@code set_insert_clean}: places a key known to be absent into a table without dummies. */
    private static void insertClean(Object[] table, long[] tableHashes, Object key, long hash) {
        int mask = table.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                tableHashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (table[j] == null) {
                        table[j] = key;
                        tableHashes[j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** CPython's {@code set_table_resize}: the smallest power of two above {@code minUsed}, dummies dropped. */
    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && oldKeys[i] != DUMMY) {
                insertClean(keys, hashes, oldKeys[i], oldHashes[i]);
            }
        }
    }

    @TruffleBoundary
    public boolean contains(Object key) {
        return lookup(key, PyObjects.hash(key)) >= 0;
    }

    /** Removes {@code key}; returns whether it was there. */
    @TruffleBoundary
    public boolean remove(Object key) {
        return discardEntry(key, PyObjects.hash(key));
    }

    private boolean discardEntry(Object key, long hash) {
        int slot = lookup(key, hash);
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        hashes[slot] = DUMMY_HASH;
        used--;
        return true;
    }

    /** Removes and returns an element, as CPython's {@code set.pop} picks it; null when empty. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask();
        while (keys[i] == null || keys[i] == DUMMY) {
            i = i == mask() ? 0 : i + 1;
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = DUMMY_HASH;
        used--;
        finger = i + 1;
        return key;
    }

    @TruffleBoundary
    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
        finger = 0;
    }

    /** The elements in iteration (table) order. */
    @TruffleBoundary
    public List<Object> items() {
        List<Object> out = new ArrayList<>(used);
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                out.add(k);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ bulk operations

    /** {@code set.update(iterable)}: CPython's {@code set_update_internal}. */
    @TruffleBoundary
    public void update(Object iterable, Node node) {
        if (iterable instanceof PSet other) {
            merge(other);
            return;
        }
        if (iterable instanceof PDict d) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask() * 3) {
                resize((used + n) * 2);
            }
            for (Object k : d.keys()) {
                add(k);
            }
            return;
        }
        PIterator it = PyObjects.iter(iterable, node);
        for (Object x = it.next(); x != null; x = it.next()) {
            add(x);
        }
    }

    /** CPython's {@code set_merge}: one resize up front, then the other table's entries in its order. */
    private void merge(PSet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask() * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask() == other.mask() && other.fill == other.used) {
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i < other.keys.length; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, k, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i < other.keys.length; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    /** A copy, as a set or a frozenset. */
    @TruffleBoundary
    public PSet copy(boolean asFrozen) {
        PSet s = new PSet(asFrozen);
        s.merge(this);
        return s;
    }

    /** {@code self & other} for any iterable {@code other}: CPython's {@code set_intersection}. */
    @TruffleBoundary
    public PSet intersection(Object other, Node node) {
        PSet result = new PSet(frozen);
        if (other instanceof PSet o) {
            PSet probe = this;
            PSet iterated = o;
            if (o.used > used) {
                probe = o;
                iterated = this;
            }
            for (int i = 0; i < iterated.keys.length; i++) {
                Object k = iterated.keys[i];
                if (k != null && k != DUMMY && probe.lookup(k, iterated.hashes[i]) >= 0) {
                    result.addEntry(k, iterated.hashes[i]);
                }
            }
            return result;
        }
        PIterator it = PyObjects.iter(other, node);
        for (Object x = it.next(); x != null; x = it.next()) {
            long h = PyObjects.hash(x);
            if (lookup(x, h) >= 0) {
                result.addEntry(x, h);
            }
        }
        return result;
    }

    /** {@code self &= other}: the intersection takes this set's place. */
    @TruffleBoundary
    public void intersectionUpdate(Object other, Node node) {
        PSet r = intersection(other, node);
        keys = r.keys;
        hashes = r.hashes;
        fill = r.fill;
        used = r.used;
        finger = 0;
    }

    /** {@code self - other}: CPython's {@code set_difference}. */
    @TruffleBoundary
    public PSet difference(Object other, Node node) {
        int otherSize;
        if (other instanceof PSet o) {
            otherSize = o.used;
        } else if (other instanceof PDict d) {
            otherSize = d.size();
        } else {
            otherSize = -1;
        }
        if (otherSize < 0 || (used >> 2) > otherSize) {
            PSet result = copy(frozen);
            result.differenceUpdate(other, node);
            return result;
        }
        PSet result = new PSet(frozen);
        for (int i = 0; i < keys.length; i++) {
            Object k = keys[i];
            if (k == null || k == DUMMY) {
                continue;
            }
            boolean inOther = other instanceof PSet o ? o.lookup(k, hashes[i]) >= 0 : ((PDict) other).containsKey(k);
            if (!inOther) {
                result.addEntry(k, hashes[i]);
            }
        }
        return result;
    }

    /** {@code self -= other}: CPython's {@code set_difference_update_internal}. */
    @TruffleBoundary
    public void differenceUpdate(Object other, Node node) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PSet o) {
            PSet source = (o.used >> 3) > used ? intersection(o, node) : o;
            for (int i = 0; i < source.keys.length; i++) {
                Object k = source.keys[i];
                if (k != null && k != DUMMY) {
                    discardEntry(k, source.hashes[i]);
                }
            }
        } else {
            PIterator it = PyObjects.iter(other, node);
            for (Object x = it.next(); x != null; x = it.next()) {
                remove(x);
            }
        }
        if (fill - used > mask() / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** {@code self ^ other}: a new set from {@code other}, updated with this one. */
    @TruffleBoundary
    public PSet symmetricDifference(Object other, Node node) {
        PSet result = of(other, frozen, node);
        result.symmetricDifferenceUpdate(this, node);
        return result;
    }

    /** {@code self ^= other}: CPython's {@code set_symmetric_difference_update}. */
    @TruffleBoundary
    public void symmetricDifferenceUpdate(Object other, Node node) {
        if (other == this) {
            clear();
            return;
        }
        PSet o = other instanceof PSet s ? s : of(other, false, node);
        for (int i = 0; i < o.keys.length; i++) {
            Object k = o.keys[i];
            if (k != null && k != DUMMY && !discardEntry(k, o.hashes[i])) {
                addEntry(k, o.hashes[i]);
            }
        }
    }

    /**
     * {@code hash(frozenset)}: CPython's {@code frozenset_hash}. CPython xors the shuffled hash of
     * every slot and then cancels the empty and dummy slots again, which leaves the active entries.
     */
    @TruffleBoundary
    public long frozenHash() {
        long hash = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                hash ^= shuffleBits(hashes[i]);
            }
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
